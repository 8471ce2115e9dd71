/** Applicant units (申报单位): the organisations that apply for and host centers. */
@NullMarked
package org.ticportal.core.unit;

import org.jspecify.annotations.NullMarked;

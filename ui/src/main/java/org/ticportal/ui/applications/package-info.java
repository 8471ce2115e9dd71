/**
 * Applications: the list of the applications a user's scope covers, and one application's form, eligibility
 * check, steps and history.
 */
@NullMarked
package org.ticportal.ui.applications;

import org.jspecify.annotations.NullMarked;

/**
 * Annual reports (年度报告) of recognised centers, on the form their policy ships: started, saved, submitted and
 * returned by the people the center's scope names, their files kept like an application's, their figures read by the
 * evaluation.
 */
@NullMarked
package org.ticportal.core.report;

import org.jspecify.annotations.NullMarked;

/**
 * The Chinese working-day calendar (工作日): statutory holidays are days off and some weekend days are make-up working
 * days (调休). The calendar is data that administrators import per year from the State Council's notice; a period
 * running into a year not yet loaded gets a provisional end date.
 */
@NullMarked
package org.ticportal.core.calendar;

import org.jspecify.annotations.NullMarked;

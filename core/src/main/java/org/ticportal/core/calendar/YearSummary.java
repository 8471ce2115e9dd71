package org.ticportal.core.calendar;

/**
 * A loaded year with how many special days it has.
 *
 * @param year      the year, its source and who loaded and last edited it
 * @param holidays  its holidays (days off)
 * @param makeUpDays its make-up working days (weekend days worked)
 */
public record YearSummary(CalendarYear year, int holidays, int makeUpDays) {
}

package org.ticportal.core.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * A warning that a year of the working-day calendar is missing (节假日安排尚未导入): every period running into it is
 * counted provisionally. The State Council publishes next year's arrangement around November, so from November 1st
 * on next year is due; the current year is due all year.
 *
 * @param year     the year not loaded
 * @param thisYear whether it is the current year (every deadline of the year is provisional), not next year (only
 *                 periods running into it are)
 */
public record CalendarWarning(int year, boolean thisYear) {

    /** The first month in which next year's calendar is expected. */
    public static final Month NEXT_YEAR_DUE = Month.NOVEMBER;

    /**
     * The warning due on {@code today}, if any.
     *
     * @param loaded whether a year is loaded
     */
    public static Optional<CalendarWarning> due(LocalDate today, IntPredicate loaded) {
        int year = today.getYear();
        if (!loaded.test(year)) {
            return Optional.of(new CalendarWarning(year, true));
        }
        if (today.getMonth().compareTo(NEXT_YEAR_DUE) >= 0 && !loaded.test(year + 1)) {
            return Optional.of(new CalendarWarning(year + 1, false));
        }
        return Optional.empty();
    }
}

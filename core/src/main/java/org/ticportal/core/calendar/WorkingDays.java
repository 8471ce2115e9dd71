package org.ticportal.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Set;

/**
 * Counting in Chinese working days over a set of loaded years. Plain Java, no database: the service feeds it.
 *
 * <p>In a loaded year a day is a working day when it is a make-up working day, or a weekday that is not a holiday. In a
 * year not loaded only weekends and the fixed-date statutory holidays (元旦 1 January, 劳动节 1–2 May, 国庆节 1–3
 * October) are known, so any answer that used such a year is provisional.
 *
 * @param specialDays the loaded special days
 * @param loadedYears the years whose calendar is loaded
 */
public record WorkingDays(Map<LocalDate, DayKind> specialDays, Set<Integer> loadedYears) {

    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(5, 2), MonthDay.of(10, 1), MonthDay.of(10, 2), MonthDay.of(10, 3));

    /** A limit on how far a count may run, so that corrupt data cannot loop forever. */
    private static final int MAX_SCAN_DAYS = 3660;

    public WorkingDays {
        specialDays = Map.copyOf(specialDays);
        loadedYears = Set.copyOf(loadedYears);
    }

    /** Whether the day is a working day, and whether that answer is provisional. */
    public Answer isWorkingDay(LocalDate day) {
        boolean loaded = loadedYears.contains(day.getYear());
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (!loaded) {
            return new Answer(!weekend && !FIXED_HOLIDAYS.contains(MonthDay.from(day)), true);
        }
        DayKind special = specialDays.get(day);
        if (special == DayKind.WORKDAY) {
            return new Answer(true, false);
        }
        return new Answer(!weekend && special != DayKind.HOLIDAY, false);
    }

    /**
     * The last day of a period of {@code n} working days starting on {@code start}: day 1 is {@code start} when it is
     * a working day and {@code startCounts}, else the next working day.
     */
    public Period period(LocalDate start, int n, boolean startCounts) {
        if (n < 1) {
            throw new IllegalArgumentException("a period lasts at least one working day");
        }
        boolean provisional = false;
        LocalDate day = start;
        LocalDate first = null;
        int counted = 0;
        if (!startCounts) {
            day = day.plusDays(1);
        }
        for (int i = 0; i < MAX_SCAN_DAYS; i++, day = day.plusDays(1)) {
            Answer a = isWorkingDay(day);
            provisional |= a.provisional();
            if (a.working()) {
                if (first == null) {
                    first = day;
                }
                if (++counted == n) {
                    return new Period(first, day, provisional);
                }
            }
        }
        throw new IllegalStateException("no " + n + " working days within " + MAX_SCAN_DAYS + " days of " + start);
    }

    /** Whether a day is a working day. */
    public record Answer(boolean working, boolean provisional) {
    }

    /**
     * A period of working days.
     *
     * @param first       its first working day
     * @param last        its last working day (inclusive)
     * @param provisional it runs into a year whose calendar is not loaded
     */
    public record Period(LocalDate first, LocalDate last, boolean provisional) {
    }
}

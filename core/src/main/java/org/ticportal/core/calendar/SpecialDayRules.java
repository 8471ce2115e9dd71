package org.ticportal.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.ticportal.core.common.BusinessException;

/**
 * What a special day may be. A make-up working day ({@link DayKind#WORKDAY}) is by definition a Saturday or Sunday: on
 * a weekday it would change nothing and is almost certainly a typing error, so it is refused. A holiday may fall on
 * any day: the State Council lists the weekend days inside a holiday period too (e.g. 2026-01-03, a Saturday of 元旦),
 * and a holiday on a weekend changes no count, it only names the day.
 */
final class SpecialDayRules {

    private SpecialDayRules() {
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Whether the kind is impossible on that day (a make-up working day on a weekday). */
    static boolean workdayOnWeekday(LocalDate day, DayKind kind) {
        return kind == DayKind.WORKDAY && !isWeekend(day);
    }

    /**
     * Checks an administrator's entry for a day of {@code year}, refusing at the field concerned.
     *
     * @return the entry with its name stripped
     */
    static SpecialDayDraft check(int year, SpecialDayDraft draft) {
        LocalDate date = draft.date();
        if (date == null) {
            throw BusinessException.onField("date", "calendar.day.dateRequired");
        }
        if (date.getYear() != year) {
            throw BusinessException.onField("date", "calendar.day.outsideYear", year);
        }
        DayKind kind = draft.kind();
        if (kind == null) {
            throw BusinessException.onField("kind", "calendar.day.kindRequired");
        }
        if (workdayOnWeekday(date, kind)) {
            throw BusinessException.onField("kind", "calendar.day.workdayOnWeekday");
        }
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            throw BusinessException.onField("name", "calendar.day.nameRequired");
        }
        if (name.length() > CalendarDay.MAX_NAME) {
            throw BusinessException.onField("name", "calendar.day.nameTooLong", CalendarDay.MAX_NAME);
        }
        return new SpecialDayDraft(date, kind, name);
    }

    /** Checks a source note, refusing at the field {@code source}; returns it stripped. */
    static String source(String source) {
        String note = source == null ? "" : source.strip();
        if (note.isEmpty()) {
            throw BusinessException.onField("source", "calendar.source.required");
        }
        if (note.length() > CalendarYear.MAX_SOURCE) {
            throw BusinessException.onField("source", "calendar.source.tooLong", CalendarYear.MAX_SOURCE);
        }
        return note;
    }
}

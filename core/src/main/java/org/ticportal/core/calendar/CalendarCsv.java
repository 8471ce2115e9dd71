package org.ticportal.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.ticportal.core.common.BusinessException;

/**
 * Reads a holiday CSV: {@code date,kind,holiday} rows (kind {@code HOLIDAY} or {@code WORKDAY}), with an optional
 * header row and {@code #} comment lines; the first comment is kept as the source note. A bad line is refused with its
 * number: wrong columns, a date that is not yyyy-MM-dd, an unknown kind, a make-up working day on a weekday, a date
 * given twice, a name too long.
 */
final class CalendarCsv {

    private CalendarCsv() {
    }

    record Parsed(String source, List<CalendarDay> days) {
    }

    static Parsed parse(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<CalendarDay> days = new ArrayList<>();
        java.util.Set<LocalDate> seen = new java.util.HashSet<>();
        String source = "";
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            String l = line.strip();
            if (number == 1 && l.startsWith("\uFEFF")) {
                l = l.substring(1);
            }
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("#")) {
                if (source.isEmpty()) {
                    source = l.substring(1).strip();
                }
                continue;
            }
            if (l.toLowerCase(java.util.Locale.ROOT).startsWith("date,")) {
                continue;
            }
            String[] cells = l.split(",", 3);
            if (cells.length < 2) {
                throw new BusinessException("calendar.csv.columns", number);
            }
            LocalDate date;
            DayKind kind;
            try {
                date = LocalDate.parse(cells[0].strip());
            } catch (DateTimeParseException e) {
                throw new BusinessException("calendar.csv.date", number, cells[0]);
            }
            try {
                kind = DayKind.valueOf(cells[1].strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BusinessException("calendar.csv.kind", number, cells[1]);
            }
            String name = cells.length > 2 ? cells[2].strip().replace("\"", "").strip() : "";
            if (SpecialDayRules.workdayOnWeekday(date, kind)) {
                throw new BusinessException("calendar.csv.workdayOnWeekday", number, cells[0].strip());
            }
            if (!seen.add(date)) {
                throw new BusinessException("calendar.csv.duplicate", number, cells[0].strip());
            }
            if (name.length() > CalendarDay.MAX_NAME) {
                throw new BusinessException("calendar.csv.nameTooLong", number, CalendarDay.MAX_NAME);
            }
            days.add(new CalendarDay(date, kind, name));
        }
        return new Parsed(source, days);
    }
}

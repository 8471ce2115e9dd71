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
 * header row and {@code #} comment lines; the first comment is kept as the source note.
 */
final class CalendarCsv {

    private CalendarCsv() {
    }

    record Parsed(String source, List<CalendarDay> days) {
    }

    static Parsed parse(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<CalendarDay> days = new ArrayList<>();
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
            try {
                LocalDate date = LocalDate.parse(cells[0].strip());
                DayKind kind = DayKind.valueOf(cells[1].strip().toUpperCase(java.util.Locale.ROOT));
                String name = cells.length > 2 ? cells[2].strip().replace("\"", "") : "";
                days.add(new CalendarDay(date, kind, name));
            } catch (DateTimeParseException e) {
                throw new BusinessException("calendar.csv.date", number, cells[0]);
            } catch (IllegalArgumentException e) {
                throw new BusinessException("calendar.csv.kind", number, cells[1]);
            }
        }
        return new Parsed(source, days);
    }
}

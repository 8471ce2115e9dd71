package org.ticportal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.api.Test;

/**
 * Counting Chinese working days over the calendar the portal ships (2025 and 2026, from the State Council's notices):
 * every case of {@code workday-cases.csv} must pass, the publication day counting as day 1 when it is a working day.
 */
class WorkingDaysTest {

    private static WorkingDays shipped() throws IOException {
        try (Reader r = new InputStreamReader(WorkingDaysTest.class.getResourceAsStream("/calendars/cn-workdays.csv"),
                StandardCharsets.UTF_8)) {
            List<CalendarDay> days = CalendarCsv.parse(r).days();
            Map<LocalDate, DayKind> special = new HashMap<>();
            days.forEach(d -> special.put(d.getDay(), d.getKind()));
            Set<Integer> years = days.stream().map(d -> d.getDay().getYear()).collect(Collectors.toSet());
            return new WorkingDays(special, years);
        }
    }

    @ParameterizedTest(name = "{1} working days from {0} end on {2} {3}")
    @CsvFileSource(resources = "/workday-cases.csv", numLinesToSkip = 1)
    void everyPublishedCasePasses(LocalDate start, int workingDays, LocalDate end, String note) throws IOException {
        WorkingDays.Period period = shipped().period(start, workingDays, true);
        assertThat(period.last()).isEqualTo(end);
        assertThat(period.provisional()).isEqualTo(note != null && note.startsWith("provisional"));
    }

    @Test
    void aMakeUpSundayIsAWorkingDayAndANationalDayWeekdayIsNot() throws IOException {
        WorkingDays calendar = shipped();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28)).working()).as("调休 Sunday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1)).working()).as("国庆节").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("a year not loaded")
                .isEqualTo(new WorkingDays.Answer(false, true));
    }

    @Test
    void aDeadlineCountedFromTheNextWorkingDaySkipsTheStartDay() throws IOException {
        // a stage entered on Friday 2026-09-18 with 3 working days: the make-up Sunday 20th, Monday, Tuesday
        WorkingDays.Period period = shipped().period(LocalDate.of(2026, 9, 18), 3, false);
        assertThat(period.first()).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(period.last()).isEqualTo(LocalDate.of(2026, 9, 22));
    }
}

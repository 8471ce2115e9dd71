package org.ticportal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.ticportal.core.common.BusinessException;

/** The holiday CSV: the shipped file reads, a bad line is refused with its number. */
class CalendarCsvTest {

    private static CalendarCsv.Parsed parse(String text) throws IOException {
        return CalendarCsv.parse(new StringReader(text));
    }

    private static BusinessException refusal(String text) {
        try {
            parse(text);
        } catch (BusinessException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void theShippedCalendarReadsWithItsSourceAndNoMakeUpDayOnAWeekday() throws IOException {
        try (Reader r = new InputStreamReader(CalendarCsvTest.class.getResourceAsStream("/calendars/cn-workdays.csv"),
                StandardCharsets.UTF_8)) {
            CalendarCsv.Parsed parsed = CalendarCsv.parse(r);
            assertThat(parsed.source()).contains("State Council");
            assertThat(parsed.days()).hasSizeGreaterThan(50)
                    .filteredOn(d -> d.getKind() == DayKind.WORKDAY)
                    .allMatch(d -> SpecialDayRules.isWeekend(d.getDay()));
        }
    }

    @Test
    void aByteOrderMarkHeaderCommentsAndQuotesAreRead() throws IOException {
        CalendarCsv.Parsed parsed = parse("\uFEFF# 国办发明电〔2025〕7号\ndate,kind,holiday\n\n2026-10-01,holiday,\"国庆节\"\n"
                + "2026-09-20,WORKDAY,国庆节\n");
        assertThat(parsed.source()).isEqualTo("国办发明电〔2025〕7号");
        assertThat(parsed.days()).extracting(CalendarDay::getDay, CalendarDay::getKind, CalendarDay::getName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "国庆节"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 9, 20), DayKind.WORKDAY, "国庆节"));
    }

    @Test
    void badLinesAreRefusedWithTheirNumber() {
        BusinessException columns = refusal("date,kind,holiday\n2026-10-01\n");
        assertThat(columns.getMessageKey()).isEqualTo("calendar.csv.columns");
        assertThat(columns.getArguments()).containsExactly(2);

        BusinessException date = refusal("# x\n2026-13-01,HOLIDAY,国庆节\n");
        assertThat(date.getMessageKey()).isEqualTo("calendar.csv.date");
        assertThat(date.getArguments()).containsExactly(2, "2026-13-01");

        BusinessException kind = refusal("2026-10-01,OFF,国庆节\n");
        assertThat(kind.getMessageKey()).isEqualTo("calendar.csv.kind");
        assertThat(kind.getArguments()).containsExactly(1, "OFF");
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayATwiceGivenDateAndALongNameAreRefused() {
        // 2026-10-08 is a Thursday
        BusinessException weekday = refusal("2026-10-01,HOLIDAY,国庆节\n2026-10-08,WORKDAY,国庆节\n");
        assertThat(weekday.getMessageKey()).isEqualTo("calendar.csv.workdayOnWeekday");
        assertThat(weekday.getArguments()).containsExactly(2, "2026-10-08");

        BusinessException twice = refusal("2026-10-01,HOLIDAY,国庆节\n2026-10-02,HOLIDAY,国庆节\n2026-10-01,HOLIDAY,x\n");
        assertThat(twice.getMessageKey()).isEqualTo("calendar.csv.duplicate");
        assertThat(twice.getArguments()).containsExactly(3, "2026-10-01");

        BusinessException longName = refusal("2026-10-01,HOLIDAY," + "节".repeat(101) + "\n");
        assertThat(longName.getMessageKey()).isEqualTo("calendar.csv.nameTooLong");
        assertThat(longName.getArguments()).containsExactly(1, CalendarDay.MAX_NAME);
    }

    @Test
    void aWeekendHolidayInsideAHolidayPeriodIsAccepted() throws IOException {
        // 2026-01-03 is the Saturday of the New Year holiday
        assertThat(parse("2026-01-03,HOLIDAY,元旦\n").days()).hasSize(1);
    }

    @Test
    void progressCountsReadingTheFileAndEachYear() {
        assertThat(new ImportProgress(1, 3, null).fraction()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(new ImportProgress(3, 3, 2026).fraction()).isEqualTo(1.0);
        assertThat(new ImportProgress(0, 0, null).fraction()).isZero();
    }
}

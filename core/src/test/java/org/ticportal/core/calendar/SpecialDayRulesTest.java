package org.ticportal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.ticportal.core.common.BusinessException;

/** What an administrator may enter as a special day, refused at the field concerned. */
class SpecialDayRulesTest {

    private static BusinessException refusal(int year, SpecialDayDraft draft) {
        try {
            SpecialDayRules.check(year, draft);
        } catch (BusinessException e) {
            return e;
        }
        throw new AssertionError("accepted: " + draft);
    }

    @Test
    void aHolidayOnAWeekdayOrAWeekendAndAMakeUpDayOnAWeekendAreAccepted() {
        assertThat(SpecialDayRules.check(2026, new SpecialDayDraft(LocalDate.of(2026, 10, 8), DayKind.HOLIDAY,
                "  国庆节 ")).name()).isEqualTo("国庆节");
        assertThat(SpecialDayRules.check(2026, new SpecialDayDraft(LocalDate.of(2026, 10, 3), DayKind.HOLIDAY, "国庆节"))
                .date()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(SpecialDayRules.check(2026, new SpecialDayDraft(LocalDate.of(2026, 9, 20), DayKind.WORKDAY, "国庆节"))
                .kind()).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayIsRefusedAtTheKind() {
        BusinessException e = refusal(2026, new SpecialDayDraft(LocalDate.of(2026, 10, 8), DayKind.WORKDAY, "国庆节"));
        assertThat(e.getField()).isEqualTo("kind");
        assertThat(e.getMessageKey()).isEqualTo("calendar.day.workdayOnWeekday");
    }

    @Test
    void missingOrWrongFieldsAreRefusedWhereTheyWereTyped() {
        assertThat(refusal(2026, new SpecialDayDraft(null, DayKind.HOLIDAY, "x")).getField()).isEqualTo("date");
        BusinessException outside = refusal(2026, new SpecialDayDraft(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "x"));
        assertThat(outside.getField()).isEqualTo("date");
        assertThat(outside.getMessageKey()).isEqualTo("calendar.day.outsideYear");
        assertThat(outside.getArguments()).containsExactly(2026);
        assertThat(refusal(2026, new SpecialDayDraft(LocalDate.of(2026, 1, 1), null, "x")).getField())
                .isEqualTo("kind");
        assertThat(refusal(2026, new SpecialDayDraft(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, " ")).getMessageKey())
                .isEqualTo("calendar.day.nameRequired");
        assertThat(refusal(2026, new SpecialDayDraft(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, "节".repeat(101)))
                .getMessageKey()).isEqualTo("calendar.day.nameTooLong");
    }

    @Test
    void aSourceIsRequiredAndLimited() {
        assertThat(SpecialDayRules.source("  国办发明电〔2025〕7号 ")).isEqualTo("国办发明电〔2025〕7号");
        assertThatThrownBy(() -> SpecialDayRules.source(" ")).isInstanceOf(BusinessException.class)
                .hasMessageContaining("calendar.source.required");
        assertThatThrownBy(() -> SpecialDayRules.source("x".repeat(501)))
                .hasMessageContaining("calendar.source.tooLong");
    }
}

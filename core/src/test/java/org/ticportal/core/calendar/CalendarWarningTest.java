package org.ticportal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

/**
 * Next year's holiday arrangement is published around November: from November 1st on, a missing next year is
 * warned of; a missing current year always is.
 */
class CalendarWarningTest {

    private static IntPredicate loaded(Integer... years) {
        Set<Integer> set = Set.of(years);
        return set::contains;
    }

    @Test
    void onOctober31NextYearIsNotDueYet() {
        assertThat(CalendarWarning.due(LocalDate.of(2026, 10, 31), loaded(2025, 2026))).isEmpty();
    }

    @Test
    void fromNovember1stAMissingNextYearIsWarnedOf() {
        assertThat(CalendarWarning.due(LocalDate.of(2026, 11, 1), loaded(2025, 2026)))
                .contains(new CalendarWarning(2027, false));
    }

    @Test
    void onDecember31TheWarningStillStands() {
        assertThat(CalendarWarning.due(LocalDate.of(2026, 12, 31), loaded(2026)))
                .contains(new CalendarWarning(2027, false));
    }

    @Test
    void onceNextYearIsLoadedNothingIsWarnedOf() {
        assertThat(CalendarWarning.due(LocalDate.of(2026, 11, 1), loaded(2026, 2027))).isEmpty();
        assertThat(CalendarWarning.due(LocalDate.of(2026, 12, 31), loaded(2026, 2027))).isEmpty();
    }

    @Test
    void onJanuary1stAMissingYearIsTheCurrentOneAndIsWarnedOfAllYear() {
        assertThat(CalendarWarning.due(LocalDate.of(2027, 1, 1), loaded(2026)))
                .contains(new CalendarWarning(2027, true));
        assertThat(CalendarWarning.due(LocalDate.of(2027, 6, 30), loaded(2026)))
                .contains(new CalendarWarning(2027, true));
    }
}

package org.ticportal.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.ticportal.core.MovableClock;
import org.ticportal.ui.ViewTestBase;

/**
 * From November 1st on, administrators and bureau staff read on their home page that next year's holiday calendar is
 * missing (the shipped calendar has 2025 and 2026); administrators get a link to the calendar screen. Runs on a clock
 * the test sets, in a portal of its own.
 */
class HomeCalendarWarningTest extends ViewTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The portal's clock, set by each test to a morning in Shanghai (10:00 of the day). */
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-02T02:00:00Z"), SHANGHAI);

    /** Replaces the portal's clock bean (named {@code clock}) for this test's portal. */
    @TestBean(name = "clock", methodName = "settableClock")
    Clock portalClock;

    static Clock settableClock() {
        return CLOCK;
    }

    private final MovableClock clock = CLOCK;

    @AfterEach
    void resetClock() {
        clock.set(LocalDate.of(2026, 11, 2));
    }

    private String warning() {
        return find(Span.class).withId("calendar-warning-text").single().getText();
    }

    private boolean warned() {
        return find(Span.class).withId("calendar-warning-text").exists();
    }

    /** The home page as built on the clock's day (the test's UI opened it before the clock was set). */
    private void openHome(LocalDate day) {
        clock.set(day);
        navigate(HomeView.class);
        UI.getCurrent().refreshCurrentRoute(true);
    }

    @Test
    @WithUserDetails("admin")
    void onNovember1stAnAdministratorIsWarnedAndLinkedToTheCalendar() {
        openHome(LocalDate.of(2026, 11, 1));
        assertThat(warning()).isEqualTo("2027年节假日安排尚未导入：跨年的期限均为暂定");
        RouterLink link = find(RouterLink.class).withId("calendar-warning-link").single();
        assertThat(link.getHref()).isEqualTo("admin/calendar");
    }

    @Test
    @WithUserDetails("admin")
    void onOctober31NobodyIsWarnedYet() {
        openHome(LocalDate.of(2026, 10, 31));
        assertThat(warned()).isFalse();
    }

    @Test
    @WithUserDetails("bureau")
    void onDecember31BureauStaffAreWarnedWithoutTheAdministratorsLink() {
        openHome(LocalDate.of(2026, 12, 31));
        assertThat(warning()).isEqualTo("2027年节假日安排尚未导入：跨年的期限均为暂定");
        assertThat(find(RouterLink.class).withId("calendar-warning-link").exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void whenNextYearIsLoadedNobodyIsWarned() {
        // in November 2025 the next year, 2026, ships with the portal
        openHome(LocalDate.of(2025, 11, 15));
        assertThat(warned()).isFalse();
    }

    @Test
    @WithUserDetails("applicant")
    void applicantsAreNotWarned() {
        openHome(LocalDate.of(2026, 12, 4));
        assertThat(warned()).isFalse();
    }
}

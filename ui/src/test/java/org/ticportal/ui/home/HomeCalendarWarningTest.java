package org.ticportal.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.ui.ViewTestBase;

/**
 * From November 1st on, administrators and bureau staff read on their home page that next year's holiday calendar is
 * missing (the shipped calendar has 2025 and 2026); administrators get a link to the calendar screen. Runs on a clock
 * the test sets, in a portal of its own.
 */
@Import(HomeCalendarWarningTest.Clocks.class)
class HomeCalendarWarningTest extends ViewTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The portal's clock, set by each test to a morning in Shanghai. */
    static final class SettableClock extends Clock {
        private volatile Instant now = at(LocalDate.of(2026, 11, 2));

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void set(LocalDate day) {
            now = at(day);
        }

        private static Instant at(LocalDate day) {
            return day.atTime(9, 0).atZone(SHANGHAI).toInstant();
        }
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }
    }

    @Autowired
    SettableClock clock;

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

    @Test
    @WithUserDetails("admin")
    void onNovember1stAnAdministratorIsWarnedAndLinkedToTheCalendar() {
        clock.set(LocalDate.of(2026, 11, 1));
        navigate(HomeView.class);
        assertThat(warning()).isEqualTo("2027年节假日安排尚未导入：跨年的期限均为暂定");
        RouterLink link = find(RouterLink.class).withId("calendar-warning-link").single();
        assertThat(link.getHref()).isEqualTo("admin/calendar");
    }

    @Test
    @WithUserDetails("admin")
    void onOctober31NobodyIsWarnedYet() {
        clock.set(LocalDate.of(2026, 10, 31));
        navigate(HomeView.class);
        assertThat(warned()).isFalse();
    }

    @Test
    @WithUserDetails("bureau")
    void onDecember31BureauStaffAreWarnedWithoutTheAdministratorsLink() {
        clock.set(LocalDate.of(2026, 12, 31));
        navigate(HomeView.class);
        assertThat(warning()).isEqualTo("2027年节假日安排尚未导入：跨年的期限均为暂定");
        assertThat(find(RouterLink.class).withId("calendar-warning-link").exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void whenNextYearIsLoadedNobodyIsWarned() {
        // in November 2025 the next year, 2026, ships with the portal
        clock.set(LocalDate.of(2025, 11, 15));
        navigate(HomeView.class);
        assertThat(warned()).isFalse();
    }

    @Test
    @WithUserDetails("applicant")
    void applicantsAreNotWarned() {
        clock.set(LocalDate.of(2026, 12, 4));
        navigate(HomeView.class);
        assertThat(warned()).isFalse();
    }
}

package org.ticportal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The warning on the portal's clock: administrators and bureau staff are warned of a missing next year from November
 * 1st; other users never are.
 */
class CalendarWarningsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final CalendarYearRepository years = mock(CalendarYearRepository.class);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private CalendarWarnings on(LocalDate day, int... loaded) {
        when(years.existsById(anyInt())).thenAnswer(call -> {
            int year = call.getArgument(0);
            return java.util.Arrays.stream(loaded).anyMatch(y -> y == year);
        });
        return new CalendarWarnings(years, Clock.fixed(day.atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI));
    }

    private static void signIn(String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                role.toLowerCase(), null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    @Test
    void administratorsAreWarnedFromNovember1st() {
        signIn("ADMIN");
        assertThat(on(LocalDate.of(2026, 10, 31), 2025, 2026).missingYear()).isEmpty();
        assertThat(on(LocalDate.of(2026, 11, 1), 2025, 2026).missingYear())
                .contains(new CalendarWarning(2027, false));
        assertThat(on(LocalDate.of(2026, 12, 31), 2025, 2026).missingYear())
                .contains(new CalendarWarning(2027, false));
        assertThat(on(LocalDate.of(2026, 12, 31), 2026, 2027).missingYear()).isEmpty();
    }

    @Test
    void bureauStaffAreWarnedToo() {
        signIn("BUREAU");
        assertThat(on(LocalDate.of(2026, 11, 1), 2026).missingYear()).contains(new CalendarWarning(2027, false));
    }

    @Test
    void applicantsAndReviewersAreNotWarned() {
        for (String role : List.of("APPLICANT", "COUNTY", "EXPERT")) {
            signIn(role);
            assertThat(on(LocalDate.of(2026, 12, 4), 2026).missingYear()).as(role).isEmpty();
        }
    }
}

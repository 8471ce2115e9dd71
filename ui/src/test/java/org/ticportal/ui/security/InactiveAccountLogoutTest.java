package org.ticportal.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ticportal.core.MovableClock;
import org.ticportal.core.user.UserService;

/**
 * When a signed-in session checks its account: at its first request, then at most once per interval on the portal's
 * clock; at once when the clock was set back (the last check seems to lie in the future); and a session whose account
 * is no longer active ends.
 */
class InactiveAccountLogoutTest {

    private final UserService users = mock(UserService.class);
    private final MovableClock clock = new MovableClock();
    private final InactiveAccountLogout filter = new InactiveAccountLogout(users, Duration.ofSeconds(10), clock);
    private final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("bureau", null, List.of()));
        when(users.signedInAccountActive()).thenReturn(true);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAccountIsCheckedOncePerIntervalAndAtOnceWhenTheClockWasSetBack() throws Exception {
        request();
        verify(users, times(1)).signedInAccountActive();
        clock.move(Duration.ofSeconds(9));
        request();
        verify(users, times(1)).signedInAccountActive();
        clock.move(Duration.ofSeconds(1));
        request();
        verify(users, times(2)).signedInAccountActive();
        clock.move(Duration.ofHours(-1));
        request();
        verify(users, times(3)).signedInAccountActive();
        clock.move(Duration.ofSeconds(1));
        request();
        verify(users, times(3)).signedInAccountActive();
        assertThat(session.isInvalid()).isFalse();

        when(users.signedInAccountActive()).thenReturn(false);
        clock.move(Duration.ofSeconds(10));
        request();
        assertThat(session.isInvalid()).as("the session of an account no longer active ends").isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    private void request() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }
}

package org.ticportal.ui.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.ticportal.core.db.DatabaseUnavailable;
import org.ticportal.core.user.UserService;

/**
 * Ends the session of an account that may no longer work (disabled by an administrator or a unit's administrator, or
 * removed) at its first request after the next check, instead of letting it work on until the session times out (30
 * minutes idle, never while a tab stays busy). A session checks at most once per {@code interval}
 * ({@code ticportal.security.account-check-interval}, 10 s by default; the time of its last check is kept in the
 * session), so that the requests of a busy screen (a grid being scrolled, whose page is one statement: benchmark P1;
 * heartbeats; static files) do not each read the account. The session is invalidated and the request goes on as
 * anonymous, so the user meets the login page, as after a timeout, where the disabled account is refused. On another
 * node the same happens at that node's next check.
 */
final class InactiveAccountLogout extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(InactiveAccountLogout.class);
    private static final String CHECKED = InactiveAccountLogout.class.getName() + ".checked";

    private final UserService users;
    private final Clock clock;
    private final long intervalMillis;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    /**
     * @param clock the portal's clock; a session whose last check lies in the future (the clock was set back) is
     *              checked at once
     */
    InactiveAccountLogout(UserService users, Duration interval, Clock clock) {
        this.users = users;
        this.clock = clock;
        this.intervalMillis = interval.toMillis();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)
                && session != null && due(session) && !active()) {
            LOG.info("Session of {} ended: the account is disabled or gone", signedIn.getName());
            try {
                logout.logout(request, response, signedIn);
            } catch (IllegalStateException alreadyInvalidated) {
                // another request of the same session ended it at the same moment: this one goes on as anonymous
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether the session's last check is {@code interval} ago, noting this one; an ended session is not checked. */
    private boolean due(HttpSession session) {
        long now = clock.millis();
        try {
            if (session.getAttribute(CHECKED) instanceof Long last && now >= last && now - last < intervalMillis) {
                return false;
            }
            session.setAttribute(CHECKED, now);
            return true;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    /**
     * Whether the account may work; while the database is away, yes: the request goes on and meets the portal's
     * "temporarily unavailable" answer where it reads data, as every other request then does. Any other failure is
     * not taken for a yes.
     */
    private boolean active() {
        try {
            return users.signedInAccountActive();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            LOG.debug("Account state not checked: the database is away", e);
            return true;
        }
    }
}

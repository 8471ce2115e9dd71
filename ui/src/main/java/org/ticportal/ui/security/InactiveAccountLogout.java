package org.ticportal.ui.security;

import java.io.IOException;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.ticportal.core.user.UserService;

/**
 * Ends the session of an account that may no longer work (disabled by an administrator or a unit's administrator, or
 * removed) at its next request, instead of letting it work on until the session times out (30 minutes idle, never
 * while a tab stays busy). The session is invalidated and the request goes on as anonymous, so the user meets the
 * login page, as after a timeout, where the disabled account is refused. Reads the account the request reads anyway
 * ({@link UserService#signedInAccountActive()}); on another node the same happens at that node's next request.
 */
final class InactiveAccountLogout extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(InactiveAccountLogout.class);

    private final UserService users;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    InactiveAccountLogout(UserService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)
                && request.getSession(false) != null && !active()) {
            LOG.info("Session of {} ended: the account is disabled or gone", signedIn.getName());
            logout.logout(request, response, signedIn);
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the account may work; while the database is away, yes: the request goes on and meets the portal's
     * "temporarily unavailable" answer where it reads data, as every other request then does.
     */
    private boolean active() {
        try {
            return users.signedInAccountActive();
        } catch (DataAccessException | PersistenceException | TransactionException e) {
            return true;
        }
    }
}

package org.ticportal.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * The portal's own work runs as {@code system} also on a thread whose security context a UI session pins (as Vaadin's
 * strategy does on a request thread): there, after-commit notifications used to run as the user who took the step,
 * and were refused.
 */
class SystemAuthenticationTest {

    private final SecurityContextHolderStrategy original = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restore() {
        SecurityContextHolder.setContextHolderStrategy(original);
        SecurityContextHolder.clearContext();
    }

    @Test
    void onAnOrdinaryThreadTheWorkRunsAsTheSystemAndTheCallersContextComesBack() {
        SecurityContextHolder.setContext(new SecurityContextImpl(user("county")));

        String name = SystemAuthentication.call(() -> SecurityContextHolder.getContext().getAuthentication().getName());

        assertThat(name).isEqualTo(SystemAuthentication.NAME);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo("county");
    }

    @Test
    void whereASessionPinsTheContextTheWorkStillRunsAsTheSystemAndItsFailuresReachTheCaller() {
        SecurityContextHolder.setContextHolderStrategy(new SessionPinned(new SecurityContextImpl(user("county"))));

        boolean system = SystemAuthentication.call(SystemAuthentication::isCurrent);

        assertThat(system).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo("county");
        assertThatThrownBy(() -> SystemAuthentication.run(() -> {
            throw new IllegalArgumentException("refused");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("refused");
    }

    private static UsernamePasswordAuthenticationToken user(String name) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("ROLE_COUNTY")));
    }

    /**
     * Like Vaadin's strategy on a request thread: the session's context wins over whatever the thread sets; other
     * threads have their own.
     */
    private static final class SessionPinned implements SecurityContextHolderStrategy {
        private final SecurityContext session;
        private final Thread requestThread = Thread.currentThread();
        private final ThreadLocal<SecurityContext> others = new ThreadLocal<>();

        SessionPinned(SecurityContext session) {
            this.session = session;
        }

        @Override
        public void clearContext() {
            others.remove();
        }

        @Override
        public SecurityContext getContext() {
            if (Thread.currentThread() == requestThread) {
                return session;
            }
            SecurityContext c = others.get();
            if (c == null) {
                c = createEmptyContext();
                others.set(c);
            }
            return c;
        }

        @Override
        public void setContext(SecurityContext context) {
            others.set(context);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return new SecurityContextImpl();
        }
    }
}

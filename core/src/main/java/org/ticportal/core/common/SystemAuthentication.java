package org.ticportal.core.common;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work the portal does on its own (closing notices after their last working day, loading data at start-up) as
 * the principal {@value #NAME} with the role {@code SYSTEM}, so that it passes the same method security as users and
 * is recorded as "system" in the history.
 */
public final class SystemAuthentication {

    public static final String NAME = "system";
    public static final String ROLE = "ROLE_SYSTEM";

    private SystemAuthentication() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                List.of(new SimpleGrantedAuthority(ROLE))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Whether the current principal is the portal itself. */
    public static boolean isCurrent() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && NAME.equals(auth.getName())
                && auth.getAuthorities().stream().anyMatch(a -> ROLE.equals(a.getAuthority()));
    }
}

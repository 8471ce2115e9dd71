package org.ticportal.core.common;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
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

    /**
     * Runs {@code work} as the portal. On a thread whose security context cannot be replaced (a Vaadin request thread,
     * where the UI session's context takes precedence over the thread's), the work runs on a short-lived thread of
     * its own while the caller waits: it would otherwise run as the user who happened to trigger it, e.g. the after-commit
     * notifications of that user's step.
     */
    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = systemContext();
        SecurityContextHolder.setContext(context);
        try {
            if (SecurityContextHolder.getContext() == context) {
                return work.get();
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        return onOwnThread(work);
    }

    private static SecurityContext systemContext() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                List.of(new SimpleGrantedAuthority(ROLE))));
        return context;
    }

    private static <T> T onOwnThread(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = Thread.ofPlatform().name("system-work").unstarted(() -> {
            SecurityContextHolder.setContext(systemContext());
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the portal's own work ran", e);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
        return result.get();
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

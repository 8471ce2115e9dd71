package org.ticportal.ui;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.user.Role;

/**
 * Runs service calls as a user, for tests that prepare data the way that user would (through the services, with their
 * role and scope), in the security strategy the portal's context uses.
 */
public final class Acting {

    private Acting() {
    }

    public static <T> T as(SecurityContextHolderStrategy security, String username, Role role, Supplier<T> work) {
        var previous = security.getContext();
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        security.setContext(context);
        try {
            return work.get();
        } finally {
            security.setContext(previous);
        }
    }
}

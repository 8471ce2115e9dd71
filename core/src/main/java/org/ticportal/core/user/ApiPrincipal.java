package org.ticportal.core.user;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A machine client of the read-only API as the services see it (开放接口客户端): it holds only the authority
 * {@value #AUTHORITY}, which no service method that changes anything accepts, and the scope of a bureau (a
 * jurisdiction) or of a county reviewer (one division of it), so that the services' scoped queries select for it what
 * they select for such a user. It has no account: {@link UserService#currentScope()} answers from here.
 *
 * @param clientId         the client's id
 * @param clientName       the client's name, for the audit trail
 * @param jurisdictionCode the jurisdiction it reads
 * @param divisionCode     the division (recommending body) it is narrowed to, or {@code null} for the whole jurisdiction
 */
public record ApiPrincipal(long clientId, String clientName, String jurisdictionCode, @Nullable String divisionCode)
        implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The only authority of an API client: read-only. */
    public static final String AUTHORITY = "ROLE_API_CLIENT";
    /** The prefix of the name recorded in the audit trail (api:12). */
    public static final String NAME_PREFIX = "api:";

    public ApiPrincipal {
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(jurisdictionCode, "jurisdictionCode");
        if (divisionCode != null && divisionCode.isBlank()) {
            divisionCode = null;
        }
    }

    /** The name in the audit trail and security context: {@code api:<id>}, never a user's name (users have no colon). */
    @Override
    public String getName() {
        return NAME_PREFIX + clientId;
    }

    /** What the client may see: a bureau's jurisdiction, or a county reviewer's division. */
    public AccessScope scope() {
        return divisionCode == null ? new AccessScope(Role.BUREAU, null, null, jurisdictionCode)
                : new AccessScope(Role.COUNTY, divisionCode, null, jurisdictionCode);
    }

    /** An authenticated token for this client with the read-only authority only. */
    public Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null,
                List.of(new SimpleGrantedAuthority(AUTHORITY)));
    }

    /** The client making the current call, if an API client is. */
    public static @Nullable ApiPrincipal current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ApiPrincipal p ? p : null;
    }

    @Override
    public String toString() {
        return getName();
    }
}

package org.ticportal.core.user;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as Spring Security holds it: identity, role and scope. Services read the scope from here to
 * restrict what a county reviewer or an applicant may see.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final @Nullable String recommendingBodyCode;
    private final @Nullable Long unitId;
    private final boolean enabled;
    private final boolean locked;
    private @Nullable String passwordHash;

    PortalUser(UserAccount account, boolean locked) {
        this.id = account.getId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.recommendingBodyCode = account.getRecommendingBodyCode();
        this.unitId = account.getUnitId();
        this.enabled = account.isEnabled();
        this.locked = locked;
        this.passwordHash = account.getPasswordHash();
    }

    public long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    /** The recommending body a county reviewer is scoped to, or {@code null}. */
    public @Nullable String getRecommendingBodyCode() {
        return recommendingBodyCode;
    }

    /** The unit an applicant is scoped to, or {@code null}. */
    public @Nullable Long getUnitId() {
        return unitId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortalUser other && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "PortalUser[" + username + ", " + role + "]";
    }
}

package org.ticportal.core.user;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A person who logs in: role, scope, password state and lock-out. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(length = 200)
    private @Nullable String email;

    @Column(length = 32)
    private @Nullable String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "recommending_body_code", length = 32)
    private @Nullable String recommendingBodyCode;

    @Column(name = "unit_id")
    private @Nullable Long unitId;

    @Column(name = "unit_admin", nullable = false)
    private boolean unitAdministrator;

    @Column(name = "jurisdiction_code", length = 16)
    private @Nullable String jurisdictionCode;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    // written only by UserAccountRepository.protect/unlock, never by saving the entity: failed logins in parallel
    // must not race the versioned row, and an administrator's stale copy must not lift or restore a protection
    @Column(name = "locked_until", insertable = false, updatable = false)
    private @Nullable Instant lockedUntil;

    // written only by UserAccountRepository.recordLogin, never by saving the entity: a stale copy saved by an
    // administrator must not undo a login recorded meanwhile
    @Column(name = "last_login_at", insertable = false, updatable = false)
    private @Nullable Instant lastLoginAt;

    @Column(name = "previous_login_at", insertable = false, updatable = false)
    private @Nullable Instant previousLoginAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, Role role, String passwordHash, boolean mustChangePassword,
                Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    /** A short description of role and scope, for the history. */
    String describeAccess() {
        StringBuilder sb = new StringBuilder(role.name());
        if (recommendingBodyCode != null) {
            sb.append(" body=").append(recommendingBodyCode);
        }
        if (unitId != null) {
            sb.append(" unit=").append(unitId);
        }
        if (unitAdministrator) {
            sb.append(" unit-admin");
        }
        if (jurisdictionCode != null) {
            sb.append(" jurisdiction=").append(jurisdictionCode);
        }
        return sb.toString();
    }

    void setPassword(String hash, boolean mustChange, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
        this.passwordChangedAt = now;
    }

    void assignAccess(Role role, @Nullable String recommendingBodyCode, @Nullable Long unitId,
                      @Nullable String jurisdictionCode) {
        this.role = role;
        this.recommendingBodyCode = role.needsRecommendingBody() ? recommendingBodyCode : null;
        this.unitId = role.needsUnit() ? unitId : null;
        this.unitAdministrator = role.needsUnit() && unitAdministrator;
        this.jurisdictionCode = role == Role.BUREAU && jurisdictionCode != null && !jurisdictionCode.isBlank()
                ? jurisdictionCode : null;
    }

    void setUnitAdministrator(boolean unitAdministrator) {
        this.unitAdministrator = role == Role.APPLICANT && unitAdministrator;
    }

    void setProfile(String displayName, @Nullable String email, @Nullable String phone) {
        this.displayName = displayName;
        this.email = email;
        this.phone = phone;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Keeps this copy in step with {@link UserAccountRepository#unlock}; saving it writes nothing. */
    void unlocked() {
        this.lockedUntil = null;
    }

    /**
     * Whether the account is protected at {@code now} after failed logins from many sources: only devices that signed
     * in to it before may sign in (shown to administrators as locked).
     */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** What the user may see and act on, as {@link CurrentScope} reads it for the logged-in user. */
    public AccessScope scope() {
        return new AccessScope(role, recommendingBodyCode, unitId, jurisdictionCode, unitAdministrator);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public Role getRole() {
        return role;
    }

    public @Nullable String getRecommendingBodyCode() {
        return recommendingBodyCode;
    }

    public @Nullable Long getUnitId() {
        return unitId;
    }

    /** For an applicant: whether they administer their unit's users (申报单位管理员). */
    public boolean isUnitAdministrator() {
        return unitAdministrator;
    }

    /** For bureau staff: the jurisdiction they work for, or {@code null} for all. */
    public @Nullable String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    /** Until when the account is protected against devices that never signed in to it, or {@code null}. */
    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    /** The login before the current one, which users check for logins they did not make. */
    public @Nullable Instant getPreviousLoginAt() {
        return previousLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

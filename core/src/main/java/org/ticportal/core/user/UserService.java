package org.ticportal.core.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.unit.UnitService;

/**
 * Manages users: administrators create, edit, disable and reset them; every user changes their own password.
 * Every change is recorded in the audit trail; edits check the version the editor saw (optimistic locking).
 */
@Service
@Validated
@Transactional
public class UserService {

    private final UserAccountRepository users;
    private final PasswordHistoryRepository history;
    private final UnitService units;
    private final CurrentScope scope;
    private final PolicyProviders policies;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwordPolicy;
    private final SecurityPolicyProperties properties;
    private final AuditService audit;
    private final Clock clock;

    UserService(UserAccountRepository users, PasswordHistoryRepository history, UnitService units,
                CurrentScope scope, PolicyProviders policies, PasswordEncoder encoder, PasswordPolicy passwordPolicy,
                SecurityPolicyProperties properties, AuditService audit, Clock clock) {
        this.users = users;
        this.history = history;
        this.units = units;
        this.scope = scope;
        this.policies = policies;
        this.encoder = encoder;
        this.passwordPolicy = passwordPolicy;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<UserAccount> list(UserFilter filter, Pageable pageable) {
        return users.findAll(filter.toSpecification(), pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(UserFilter filter) {
        return users.count(filter.toSpecification());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return users.findById(id).orElseThrow(() -> new BusinessException("user.notFound", id));
    }

    /** Creates a user with a one-time password that must be changed at first login. */
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedCredentials create(@Valid UserDraft draft) {
        if (org.ticportal.core.common.SystemAuthentication.NAME.equalsIgnoreCase(draft.username())) {
            throw BusinessException.onField("username", "user.username.reserved", draft.username());
        }
        if (users.existsByUsername(draft.username())) {
            throw BusinessException.onField("username", "user.username.taken", draft.username());
        }
        checkScope(draft);
        String oneTime = passwordPolicy.generateOneTimePassword();
        UserAccount user = new UserAccount(draft.username(), draft.displayName().trim(), draft.role(),
                encoder.encode(oneTime), true, clock.instant());
        user.setProfile(draft.displayName().trim(), blankToNull(draft.email()), blankToNull(draft.phone()));
        user.assignAccess(draft.role(), draft.recommendingBodyCode(), draft.unitId(), draft.jurisdictionCode());
        users.save(user);
        history.save(new PasswordHistoryEntry(user.getId(), user.getPasswordHash(), clock.instant()));
        audit.record(AuditSubject.USER, user.getId().toString(), "CREATED", null, user.describeAccess(),
                user.getDisplayName());
        return new CreatedCredentials(user, oneTime);
    }

    /** Changes a user's name, contact and access; refused when someone else changed the user meanwhile. */
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount update(long id, long expectedVersion, @Valid UserDraft draft) {
        UserAccount user = load(id, expectedVersion);
        if (!user.getUsername().equals(draft.username())) {
            throw BusinessException.onField("username", "user.username.immutable");
        }
        checkScope(draft);
        if (isSelf(user) && user.getRole() == Role.ADMIN && draft.role() != Role.ADMIN) {
            throw BusinessException.onField("role", "user.cannotDemoteSelf");
        }
        String before = user.describeAccess();
        user.setProfile(draft.displayName().trim(), blankToNull(draft.email()), blankToNull(draft.phone()));
        user.assignAccess(draft.role(), draft.recommendingBodyCode(), draft.unitId(), draft.jurisdictionCode());
        String after = user.describeAccess();
        audit.record(AuditSubject.USER, user.getId().toString(), before.equals(after) ? "EDITED" : "ACCESS_CHANGED",
                before, after, user.getDisplayName());
        return users.saveAndFlush(user);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount setEnabled(long id, long expectedVersion, boolean enabled, @Nullable String comment) {
        UserAccount user = load(id, expectedVersion);
        if (!enabled && isSelf(user)) {
            throw new BusinessException("user.cannotDisableSelf");
        }
        if (user.isEnabled() != enabled) {
            user.setEnabled(enabled);
            audit.record(AuditSubject.USER, user.getId().toString(), enabled ? "ENABLED" : "DISABLED",
                    enabled ? "DISABLED" : "ENABLED", enabled ? "ENABLED" : "DISABLED", comment);
        }
        return users.saveAndFlush(user);
    }

    /** Gives the user a new one-time password and lifts a lock-out. */
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedCredentials resetPassword(long id, long expectedVersion) {
        UserAccount user = load(id, expectedVersion);
        String oneTime = passwordPolicy.generateOneTimePassword();
        String hash = encoder.encode(oneTime);
        Instant now = clock.instant();
        boolean wasLocked = user.isLockedAt(now);
        user.setPassword(hash, true, now);
        users.unlock(user.getId());
        user.unlocked();
        history.save(new PasswordHistoryEntry(user.getId(), hash, now));
        audit.record(AuditSubject.USER, user.getId().toString(), "PASSWORD_RESET", wasLocked ? "LOCKED" : null,
                wasLocked ? "ACTIVE" : null, null);
        return new CreatedCredentials(users.saveAndFlush(user), oneTime);
    }

    /**
     * Lifts the protection of an account attacked from many sources (its holder may then sign in from any device
     * again). Recorded in the user's history; nothing happens when the account is not protected.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount unlock(long id) {
        UserAccount user = users.findById(id).orElseThrow(() -> new BusinessException("user.notFound", id));
        if (users.unlock(id) == 1) {
            user.unlocked();
            audit.record(AuditSubject.USER, user.getId().toString(), "UNLOCKED", "LOCKED", "ACTIVE", null);
        }
        return user;
    }

    /** The logged-in user's own account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<UserAccount> currentUser() {
        return users.findByUsername(currentUsername());
    }

    /** What the logged-in user may see; services use it to restrict queries to the user's county or unit. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccessScope currentScope() {
        return scope.get();
    }

    /** Whether the logged-in user has to change the password before working. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PasswordState passwordState() {
        UserAccount user = users.findByUsername(currentUsername())
                .orElseThrow(() -> new BusinessException("user.notFound", currentUsername()));
        Instant expiresAt = user.getPasswordChangedAt().plus(properties.passwordMaxAge());
        return new PasswordState(user.isMustChangePassword(), !expiresAt.isAfter(clock.instant()), expiresAt);
    }

    /**
     * Changes the logged-in user's password: the current one must be right, the new one must pass the strength rules
     * and differ from the last {@code passwordHistory} passwords.
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount user = users.findByUsername(currentUsername())
                .orElseThrow(() -> new BusinessException("user.notFound", currentUsername()));
        if (!encoder.matches(currentPassword, user.getPasswordHash())) {
            throw BusinessException.onField("currentPassword", "password.currentWrong");
        }
        passwordPolicy.check(user.getUsername(), newPassword);
        boolean reused = history.findByUserIdOrderByChangedAtDesc(user.getId(), Limit.of(properties.passwordHistory()))
                .stream().anyMatch(h -> encoder.matches(newPassword, h.getPasswordHash()))
                || encoder.matches(newPassword, user.getPasswordHash());
        if (reused) {
            throw BusinessException.onField("password", "password.reused", properties.passwordHistory());
        }
        Instant now = clock.instant();
        String hash = encoder.encode(newPassword);
        user.setPassword(hash, false, now);
        history.save(new PasswordHistoryEntry(user.getId(), hash, now));
        audit.record(AuditSubject.USER, user.getId().toString(), "PASSWORD_CHANGED", null, null, null);
    }

    private UserAccount load(long id, long expectedVersion) {
        UserAccount user = users.findById(id).orElseThrow(() -> new BusinessException("user.notFound", id));
        if (user.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("user " + id + " was changed by someone else (version "
                    + user.getVersion() + ", expected " + expectedVersion + ")");
        }
        return user;
    }

    private void checkScope(UserDraft draft) {
        if (draft.role().needsRecommendingBody()) {
            String code = draft.recommendingBodyCode();
            if (code == null || code.isBlank()) {
                throw BusinessException.onField("recommendingBodyCode", "user.body.required");
            }
            boolean known = policies.started().stream()
                    .anyMatch(p -> p.catalogs().recommendingBody(code).isPresent());
            if (!known) {
                throw BusinessException.onField("recommendingBodyCode", "user.body.unknown", code);
            }
        }
        if (draft.role().needsUnit()) {
            Long unitId = draft.unitId();
            if (unitId == null) {
                throw BusinessException.onField("unitId", "user.unit.required");
            }
            if (!units.exists(unitId)) {
                throw BusinessException.onField("unitId", "user.unit.unknown", unitId);
            }
        }
    }

    private boolean isSelf(UserAccount user) {
        return user.getUsername().equals(currentUsername());
    }

    private static String currentUsername() {
        return CurrentScope.currentUsername();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

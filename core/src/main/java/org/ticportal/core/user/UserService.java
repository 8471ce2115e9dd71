package org.ticportal.core.user;

import static org.ticportal.core.user.UserAccounts.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.unit.UnitService;

/**
 * Manages users: administrators create, edit, disable and reset them; every user changes their own password; services
 * ask who is signed in and what their scope covers. Every change is recorded in the audit trail; edits check the
 * version the editor saw (optimistic locking). An applicant unit's own accounts (its administrator made when it
 * registers, the colleagues it invites) are {@link UnitAccounts}'.
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
    private final UserAccounts accounts;

    UserService(UserAccountRepository users, PasswordHistoryRepository history, UnitService units,
                CurrentScope scope, PolicyProviders policies, PasswordEncoder encoder, PasswordPolicy passwordPolicy,
                SecurityPolicyProperties properties, AuditService audit, Clock clock, UserAccounts accounts) {
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
        this.accounts = accounts;
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
        accounts.checkNewUsername(draft.username());
        checkScope(draft);
        String oneTime = passwordPolicy.generateOneTimePassword();
        UserAccount user = new UserAccount(draft.username(), draft.displayName().trim(), draft.role(),
                encoder.encode(oneTime), true, clock.instant());
        user.setProfile(draft.displayName().trim(), blankToNull(draft.email()), blankToNull(draft.phone()));
        user.assignAccess(draft.role(), draft.recommendingBodyCode(), draft.unitId(), draft.jurisdictionCode());
        // a unit created by hand gets its administrator with its first user
        if (draft.role() == Role.APPLICANT && draft.unitId() != null
                && !users.existsByUnitIdAndUnitAdministratorTrue(draft.unitId())) {
            user.setUnitAdministrator(true);
        }
        users.save(user);
        history.save(new PasswordHistoryEntry(user.getId(), user.getPasswordHash(), clock.instant()));
        audit.record(AuditSubject.USER, user.getId().toString(), AuditAction.CREATED, null, user.describeAccess(),
                user.getDisplayName());
        return new CreatedCredentials(user, oneTime);
    }

    /**
     * Creates the login of an expert of the pool (role {@link Role#EXPERT}), with a one-time password that must be
     * changed at first login; bureau staff do this when they add an expert.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public CreatedCredentials createExpertLogin(@Valid UserDraft draft) {
        if (draft.role() != Role.EXPERT) {
            throw BusinessException.onField("role", "user.role.notExpert");
        }
        return create(draft);
    }

    /** Changes a user's name, contact and access; refused when someone else changed the user meanwhile. */
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount update(long id, long expectedVersion, @Valid UserDraft draft) {
        UserAccount user = accounts.load(id, expectedVersion);
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
        audit.record(AuditSubject.USER, user.getId().toString(), before.equals(after) ? AuditAction.EDITED : AuditAction.ACCESS_CHANGED,
                before, after, user.getDisplayName());
        return users.saveAndFlush(user);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount setEnabled(long id, long expectedVersion, boolean enabled, @Nullable String comment) {
        UserAccount user = accounts.load(id, expectedVersion);
        if (!enabled && isSelf(user)) {
            throw new BusinessException("user.cannotDisableSelf");
        }
        if (user.isEnabled() != enabled) {
            user.setEnabled(enabled);
            audit.record(AuditSubject.USER, user.getId().toString(), enabled ? AuditAction.ENABLED : AuditAction.DISABLED,
                    enabled ? "DISABLED" : "ENABLED", enabled ? "ENABLED" : "DISABLED", comment);
        }
        return users.saveAndFlush(user);
    }

    /** Gives the user a new one-time password and lifts a lock-out. */
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedCredentials resetPassword(long id, long expectedVersion) {
        UserAccount user = accounts.load(id, expectedVersion);
        String oneTime = passwordPolicy.generateOneTimePassword();
        String hash = encoder.encode(oneTime);
        Instant now = clock.instant();
        boolean wasLocked = user.isLockedAt(now);
        user.setPassword(hash, true, now);
        users.unlock(user.getId());
        user.unlocked();
        history.save(new PasswordHistoryEntry(user.getId(), hash, now));
        audit.record(AuditSubject.USER, user.getId().toString(), AuditAction.PASSWORD_RESET, wasLocked ? "LOCKED" : null,
                wasLocked ? "ACTIVE" : null, null);
        return new CreatedCredentials(users.saveAndFlush(user), oneTime);
    }

    /** The enabled account of the user name, for notifying its user. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public Optional<UserAccount> enabledAccount(String username) {
        return users.findByUsername(username).filter(UserAccount::isEnabled);
    }

    /**
     * The enabled users a case of the unit, arriving through the body, in the jurisdiction may concern, each with the
     * scope they act in: for notifying those who may take its next step (who of them may is the workflow's to say).
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public java.util.List<UserAccount> concernedBy(long unitId, String recommendingBodyCode, String jurisdictionCode) {
        return users.findConcerned(unitId, recommendingBodyCode, jurisdictionCode);
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
            audit.record(AuditSubject.USER, user.getId().toString(), AuditAction.UNLOCKED, "LOCKED", "ACTIVE", null);
        }
        return user;
    }

    /**
     * The logged-in user's own account; within a web request read once for the whole request (the frame, the view and
     * the services they call ask for it), never kept beyond it. Inside a read-write transaction read now.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public Optional<UserAccount> currentUser() {
        return scope.account();
    }

    /**
     * What the logged-in user may see; services use it to restrict queries to the user's county or unit. Within a web
     * request taken from the account read once for the request ({@link #currentUser()}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public AccessScope currentScope() {
        return scope.get();
    }

    /**
     * Whether the signed-in account may still work: it still exists and is enabled. The web layer asks every few seconds
     * of a signed-in session and ends the session when not, so that an account an administrator disables (here or on
     * another node) stops working at once, not when its session times out. Read from the account as this request reads
     * it ({@link #currentUser()}): later reads in the same request cost no statement.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public boolean signedInAccountActive() {
        return scope.account().map(UserAccount::isEnabled).orElse(false);
    }

    /**
     * What the logged-in user may see, read from the database now even when this request read the account before:
     * for a query that checked a remembered scope ({@link #knownScope()}) and found it no longer holds.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public AccessScope freshScope() {
        return scope.fresh();
    }

    /**
     * The logged-in user's scope without reading the account when it was read before: for a query that checks it in
     * its own statement ({@link KnownScope#accountJoin()}) and, when it finds nothing, asks {@link #currentScope()}
     * whether the scope changed. The applications grid's page (benchmark P1) is then one statement.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public KnownScope knownScope() {
        return scope.known();
    }

    /**
     * Whether the logged-in user has to change the password before working; from the account as read in this request
     * (a password changed in it is read again: the change's transaction drops what the request kept).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public PasswordState passwordState() {
        UserAccount user = scope.account()
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
        audit.record(AuditSubject.USER, user.getId().toString(), AuditAction.PASSWORD_CHANGED, null, null, null);
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
}

package org.ticportal.core.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;

/**
 * Counts failed logins per source and per account, locks a source that fails too often, protects an account attacked
 * from many sources against devices that never signed in to it, remembers the devices that sign in, and records all of
 * it in the audit trail. An unknown user name's failure counts for its source only and leaves no trace of the name.
 *
 * <p>Nothing here saves the versioned account: protections and logins are single statements, so parallel logins to
 * one account never collide with each other or with an administrator's edit.
 */
@Component
class LoginAttempts {

    private final UserAccountRepository users;
    private final LoginFailureRepository failures;
    private final LoginSourceLockRepository sourceLocks;
    private final KnownDeviceRepository devices;
    private final SecurityPolicyProperties policy;
    private final AuditService audit;
    private final Clock clock;

    LoginAttempts(UserAccountRepository users, LoginFailureRepository failures, LoginSourceLockRepository sourceLocks,
                  KnownDeviceRepository devices, SecurityPolicyProperties policy, AuditService audit, Clock clock) {
        this.users = users;
        this.failures = failures;
        this.sourceLocks = sourceLocks;
        this.devices = devices;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Whether the browser signed in to the account named {@code username} within the known-device lifetime and has
     * not failed too often for it since: such a device passes source locks and account protection.
     */
    @Transactional(readOnly = true)
    public boolean isTrustedDevice(String username, LoginOrigin origin) {
        Instant now = clock.instant();
        String hash = origin.deviceHash();
        Optional<Long> userId = devices.findUserOfKnownDevice(username, hash, now.minus(policy.knownDeviceLifetime()));
        if (userId.isEmpty()) {
            return false;
        }
        Instant since = latest(now.minus(policy.failureWindow()),
                users.findById(userId.get()).map(UserAccount::getLastLoginAt).orElse(null));
        return failures.countByUserIdAndDeviceHashAndFailedAtAfter(userId.get(), hash, since)
                < policy.maxFailedLoginsPerSource();
    }

    /** Whether the origin's source is locked now. */
    @Transactional(readOnly = true)
    public boolean isSourceLocked(LoginOrigin origin) {
        Instant now = clock.instant();
        return sourceLocks.findById(origin.source()).map(lock -> lock.getLockedUntil().isAfter(now)).orElse(false);
    }

    /**
     * Records a wrong password (or an unknown name): counts it for the source and the account, locks the source or
     * protects the account when it reaches its limit.
     */
    @Transactional
    public void recordFailure(String username, LoginOrigin origin) {
        Instant now = clock.instant();
        String source = origin.source();
        Optional<UserAccount> user = users.findByUsername(username);
        failures.save(new LoginFailure(user.map(UserAccount::getId).orElse(null), source, origin.deviceHash(), now));
        Instant windowStart = now.minus(policy.failureWindow());
        failures.deleteBySourceBefore(source, windowStart);

        Instant sourceSince = latest(windowStart,
                sourceLocks.findById(source).map(LoginSourceLock::getLockedUntil).orElse(null));
        long fromSource = failures.countBySourceAndFailedAtAfter(source, sourceSince);
        // the same statements whether or not the name is an account's (no timing difference worth measuring)
        long onAccount = failures.countByUserIdAndFailedAtAfter(user.map(UserAccount::getId).orElse(-1L),
                latest(windowStart, user.map(UserAccount::getLastLoginAt).orElse(null)));

        if (fromSource >= policy.maxFailedLoginsPerSource()) {
            lockSource(source, origin, fromSource, now, user.orElse(null));
        }
        user.ifPresent(account -> {
            String id = account.getId().toString();
            audit.recordAs(account.getUsername(), AuditSubject.USER, id, AuditAction.LOGIN_FAILED, null, null,
                    "failure " + onAccount + " of " + policy.maxFailedLogins() + " from " + origin.address());
            if (onAccount >= policy.maxFailedLogins()) {
                Instant until = now.plus(policy.lockDuration());
                if (users.protect(account.getId(), until, now) == 1) {
                    audit.recordAs(AuditService.SYSTEM_ACTOR, AuditSubject.USER, id, AuditAction.LOCKED, "ACTIVE", "LOCKED",
                            "until " + until + " after " + onAccount + " failed logins: only devices that signed in"
                                    + " to the account before may sign in");
                }
            }
        });
    }

    private void lockSource(String source, LoginOrigin origin, long failed, Instant now,
                            @Nullable UserAccount attempted) {
        Instant until = now.plus(policy.sourceLockDuration());
        boolean lockedNow = sourceLocks.renewExpired(source, until, now) == 1
                || sourceLocks.insertIfAbsent(source, until) == 1;
        if (!lockedNow) {
            return; // a parallel failure locked it
        }
        audit.recordAs(AuditService.SYSTEM_ACTOR, AuditSubject.LOGIN_SOURCE, source, AuditAction.SOURCE_LOCKED, null, "LOCKED",
                "until " + until + " after " + failed + " failed logins (last from " + origin.address() + ")");
        if (attempted != null) {
            audit.recordAs(AuditService.SYSTEM_ACTOR, AuditSubject.USER, attempted.getId().toString(),
                    AuditAction.SOURCE_LOCKED, null, null, "source " + source + " locked until " + until + " after " + failed
                            + " failed logins");
        }
    }

    /** Records a login with the right password that was refused: the account is disabled, or protected. */
    @Transactional
    public void recordRefusal(PortalUser user, LoginOrigin origin, String reason) {
        audit.recordAs(user.getUsername(), AuditSubject.USER, String.valueOf(user.getId()), AuditAction.LOGIN_REFUSED, null,
                null, reason + " (from " + origin.address() + ")");
    }

    /**
     * Records a login, and the device it came from as a known device of the account. The account's id comes with the
     * signed-in {@link PortalUser}, read by the login a moment before: not read again.
     */
    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        LoginOrigin origin = LoginOrigin.from(event.getAuthentication().getDetails());
        Optional<Long> account = event.getAuthentication().getPrincipal() instanceof PortalUser user
                ? Optional.of(user.getId()) : users.findByUsername(username).map(UserAccount::getId);
        account.ifPresent(id -> {
            Instant now = clock.instant();
            // not through the versioned entity: parallel logins to one account must not race its row
            users.recordLogin(id, now);
            devices.remember(id, origin.deviceHash(), now);
            audit.recordAs(username, AuditSubject.USER, id.toString(), AuditAction.LOGIN, null, null,
                    "from " + origin.address());
        });
    }

    private static Instant latest(Instant a, @Nullable Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}

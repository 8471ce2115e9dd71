package org.ticportal.core.user;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;

/**
 * Counts failed logins and locks an account that fails too often within the window; records logins in the audit
 * trail.
 */
@Component
class LoginAttempts {

    private final UserAccountRepository users;
    private final LoginFailureRepository failures;
    private final SecurityPolicyProperties policy;
    private final AuditService audit;
    private final Clock clock;

    LoginAttempts(UserAccountRepository users, LoginFailureRepository failures, SecurityPolicyProperties policy,
                  AuditService audit, Clock clock) {
        this.users = users;
        this.failures = failures;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        Instant now = clock.instant();
        users.findByUsername(username).ifPresent(user -> {
            failures.save(new LoginFailure(username, now));
            long recent = failures.countByUsernameAndFailedAtAfter(username, now.minus(policy.failureWindow()));
            audit.recordAs(username, AuditSubject.USER, user.getId().toString(), "LOGIN_FAILED", null, null,
                    "failure " + recent + " of " + policy.maxFailedLogins());
            if (recent >= policy.maxFailedLogins() && !user.isLockedAt(now)) {
                Instant until = now.plus(policy.lockDuration());
                user.lockUntil(until);
                failures.deleteByUsername(username);
                audit.recordAs(AuditService.SYSTEM_ACTOR, AuditSubject.USER, user.getId().toString(), "LOCKED",
                        "ACTIVE", "LOCKED", "locked until " + until + " after " + recent + " failed logins");
            }
        });
    }

    @EventListener
    @Transactional
    public void onLocked(AuthenticationFailureLockedEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        users.findByUsername(username).ifPresent(user -> audit.recordAs(username, AuditSubject.USER,
                user.getId().toString(), "LOGIN_REFUSED", null, null, "account locked"));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        users.findByUsername(username).ifPresent(user -> {
            // not through the versioned entity: parallel logins to one account must not race its row
            users.recordLogin(user.getId(), clock.instant());
            failures.deleteByUsername(username);
            audit.recordAs(username, AuditSubject.USER, user.getId().toString(), "LOGIN", null, null, null);
        });
    }
}

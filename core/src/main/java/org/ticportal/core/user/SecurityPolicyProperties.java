package org.ticportal.core.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password and login rules, under {@code ticportal.security}. Defaults follow 等保 2.0 level 2 practice.
 *
 * <p>Lock-out is built so that nobody can lock a user out by naming the account: failed logins are counted per source
 * address and per account. A source that fails {@code maxFailedLoginsPerSource} times is refused for every account
 * first; an account that fails {@code maxFailedLogins} times (an attack from many sources) is protected: only
 * browsers that signed in to it before (known devices, by a long-lived cookie) may still sign in, so its holder keeps
 * working and administrators can lift the protection. Every answer to a refused login is the same.
 *
 * @param passwordMinLength        minimum password length
 * @param passwordMinClasses       how many of the four character classes (upper, lower, digit, symbol) a password
 *                                 needs
 * @param passwordMaxAge           how long a password is valid before it must be changed
 * @param passwordHistory          how many previous passwords may not be reused
 * @param maxFailedLogins          failed logins to one account within {@code failureWindow} (from any sources) that
 *                                 protect it against devices that never signed in to it
 * @param failureWindow            the window in which failures are counted
 * @param lockDuration             how long an account stays protected
 * @param maxFailedLoginsPerSource failed logins from one source address (an IPv6 /64) within {@code failureWindow},
 *                                 whatever the names tried, that lock the source; also the failures after which a
 *                                 known device is no longer trusted for the account
 * @param sourceLockDuration       how long a locked source is refused for every account
 * @param knownDeviceLifetime      how long a browser stays a known device of an account after its last sign-in
 * @param accountCheckInterval     how often a signed-in session checks that its account is still enabled (a disabled
 *                                 account's session ends at its first request after the next check); zero: at every
 *                                 request
 */
@ConfigurationProperties("ticportal.security")
public record SecurityPolicyProperties(
        @DefaultValue("12") int passwordMinLength,
        @DefaultValue("3") int passwordMinClasses,
        @DefaultValue("90d") Duration passwordMaxAge,
        @DefaultValue("5") int passwordHistory,
        @DefaultValue("10") int maxFailedLogins,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("30m") Duration lockDuration,
        @DefaultValue("5") int maxFailedLoginsPerSource,
        @DefaultValue("15m") Duration sourceLockDuration,
        @DefaultValue("180d") Duration knownDeviceLifetime,
        @DefaultValue("10s") Duration accountCheckInterval) {

    public SecurityPolicyProperties {
        if (maxFailedLogins < 1 || maxFailedLoginsPerSource < 1) {
            throw new IllegalArgumentException("ticportal.security.max-failed-logins and max-failed-logins-per-source"
                    + " must be at least 1");
        }
        for (Duration d : new Duration[] {passwordMaxAge, failureWindow, lockDuration, sourceLockDuration,
                knownDeviceLifetime}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("ticportal.security durations must be positive");
            }
        }
        if (accountCheckInterval == null || accountCheckInterval.isNegative()) {
            throw new IllegalArgumentException("ticportal.security.account-check-interval must not be negative");
        }
    }
}

package org.ticportal.core.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password and login rules, under {@code ticportal.security}. Defaults follow 等保 2.0 level 2 practice.
 *
 * @param passwordMinLength     minimum password length
 * @param passwordMinClasses    how many of the four character classes (upper, lower, digit, symbol) a password needs
 * @param passwordMaxAge        how long a password is valid before it must be changed
 * @param passwordHistory       how many previous passwords may not be reused
 * @param maxFailedLogins       failed logins within {@code failureWindow} that lock an account
 * @param failureWindow         the window in which failures are counted
 * @param lockDuration          how long a locked account stays locked
 */
@ConfigurationProperties("ticportal.security")
public record SecurityPolicyProperties(
        @DefaultValue("12") int passwordMinLength,
        @DefaultValue("3") int passwordMinClasses,
        @DefaultValue("90d") Duration passwordMaxAge,
        @DefaultValue("5") int passwordHistory,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("30m") Duration lockDuration) {
}

package org.ticportal.core.registration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Abuse limits of the public registration page, under {@code ticportal.registration}.
 *
 * @param maxAttemptsPerAddress registrations (successful or not) one source address may send within {@code window}
 * @param window                the window in which attempts are counted
 * @param licenceMaxMb          the largest business-licence scan accepted, in MB
 */
@ConfigurationProperties("ticportal.registration")
public record RegistrationProperties(
        @DefaultValue("5") int maxAttemptsPerAddress,
        @DefaultValue("1h") Duration window,
        @DefaultValue("5") int licenceMaxMb) {
}

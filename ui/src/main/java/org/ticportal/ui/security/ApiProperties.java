package org.ticportal.ui.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the API for other systems, under {@code ticportal.api}.
 *
 * @param publicRequestsPerWindow calls of {@code /api/public/**} (no token) one source address may make within
 *                                {@code publicWindow}; more are answered 429 with {@code Retry-After}
 * @param publicWindow            the sliding window in which those calls are counted
 */
@ConfigurationProperties("ticportal.api")
public record ApiProperties(
        @DefaultValue("120") int publicRequestsPerWindow,
        @DefaultValue("1m") Duration publicWindow) {

    public ApiProperties {
        if (publicRequestsPerWindow < 1) {
            throw new IllegalArgumentException("ticportal.api.public-requests-per-window must be at least 1");
        }
        if (publicWindow.isNegative() || publicWindow.isZero()) {
            throw new IllegalArgumentException("ticportal.api.public-window must be positive");
        }
    }
}

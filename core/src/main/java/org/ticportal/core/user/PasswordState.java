package org.ticportal.core.user;

import java.time.Instant;

/**
 * Whether the current user must change the password before doing anything else.
 *
 * @param mustChange   the password is a one-time password set by an administrator
 * @param expired      the password is older than the configured maximum age
 * @param expiresAt    when the password expires
 */
public record PasswordState(boolean mustChange, boolean expired, Instant expiresAt) {

    /** Whether the user has to change the password now. */
    public boolean changeRequired() {
        return mustChange || expired;
    }
}

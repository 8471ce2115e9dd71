package org.ticportal.core.apiclient;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An API client as the administrator's list shows it (never its token).
 *
 * @param id               its id
 * @param version          its version, for optimistic locking of the revocation
 * @param name             its name
 * @param jurisdictionCode the jurisdiction it reads
 * @param divisionCode     the division it is narrowed to, or {@code null}
 * @param createdAt        when it was created
 * @param createdBy        by whom
 * @param revokedAt        when it was revoked, or {@code null} while it works
 * @param revokedBy        by whom
 * @param lastUsedAt       when it last called (to the minute), or {@code null}
 */
public record ApiClientRow(long id, long version, String name, String jurisdictionCode, @Nullable String divisionCode,
                           Instant createdAt, String createdBy, @Nullable Instant revokedAt, @Nullable String revokedBy,
                           @Nullable Instant lastUsedAt) {

    static ApiClientRow of(ApiClient c) {
        return new ApiClientRow(c.getId(), c.getVersion(), c.getName(), c.getJurisdictionCode(), c.getDivisionCode(),
                c.getCreatedAt(), c.getCreatedBy(), c.getRevokedAt(), c.getRevokedBy(), c.getLastUsedAt());
    }

    /** Whether its token is refused. */
    public boolean revoked() {
        return revokedAt != null;
    }
}

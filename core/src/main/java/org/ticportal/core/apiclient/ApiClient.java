package org.ticportal.core.apiclient;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A machine client of the read-only API (开放接口客户端): its name, its scope (a jurisdiction, optionally narrowed to one
 * of its divisions) and the SHA-256 of its bearer token; once revoked it is refused for good.
 */
@Entity
@Table(name = "api_client")
class ApiClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Column(name = "jurisdiction_code", nullable = false, length = 16, updatable = false)
    private String jurisdictionCode;

    @Column(name = "division_code", length = 16, updatable = false)
    private @Nullable String divisionCode;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private @Nullable String revokedBy;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    protected ApiClient() {
    }

    ApiClient(String name, String jurisdictionCode, @Nullable String divisionCode, String tokenHash, Instant createdAt,
              String createdBy) {
        this.name = Objects.requireNonNull(name, "name");
        this.jurisdictionCode = Objects.requireNonNull(jurisdictionCode, "jurisdictionCode");
        this.divisionCode = divisionCode;
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    }

    void revoke(Instant at, String by) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }

    String getJurisdictionCode() {
        return jurisdictionCode;
    }

    @Nullable String getDivisionCode() {
        return divisionCode;
    }

    String getTokenHash() {
        return tokenHash;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    @Nullable String getRevokedBy() {
        return revokedBy;
    }

    @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }
}

package org.ticportal.core.user;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One failed login, counted in a sliding window for its source and, when the name was an account's, for the account
 * and the device. An unknown user name is not kept: nothing records which names were tried.
 */
@Entity
@Table(name = "login_failure")
class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", updatable = false)
    private @Nullable Long userId;

    @Column(nullable = false, updatable = false, length = 64)
    private String source;

    @Column(name = "device_hash", updatable = false, length = 64)
    private @Nullable String deviceHash;

    @Column(name = "failed_at", nullable = false, updatable = false)
    private Instant failedAt;

    protected LoginFailure() {
    }

    LoginFailure(@Nullable Long userId, String source, @Nullable String deviceHash, Instant failedAt) {
        if (source.isBlank() || source.length() > 64) {
            throw new IllegalArgumentException("source must have 1 to 64 characters");
        }
        this.userId = userId;
        this.source = source;
        this.deviceHash = userId == null ? null : deviceHash;
        this.failedAt = failedAt;
    }
}

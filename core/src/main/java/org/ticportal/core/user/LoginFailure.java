package org.ticportal.core.user;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One failed login, counted in a sliding window. */
@Entity
@Table(name = "login_failure")
class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "failed_at", nullable = false, updatable = false)
    private Instant failedAt;

    protected LoginFailure() {
    }

    LoginFailure(String username, Instant failedAt) {
        this.username = username;
        this.failedAt = failedAt;
    }
}

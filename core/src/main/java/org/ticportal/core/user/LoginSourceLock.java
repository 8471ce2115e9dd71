package org.ticportal.core.user;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A source address (IPv4, or an IPv6 /64) refused for every account until a moment. */
@Entity
@Table(name = "login_source_lock")
class LoginSourceLock {

    @Id
    @Column(length = 64)
    private String source;

    @Column(name = "locked_until", nullable = false)
    private Instant lockedUntil;

    protected LoginSourceLock() {
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }
}

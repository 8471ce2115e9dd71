package org.ticportal.core.user;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Source locks, written with single statements so that parallel failures from one source lock it once (the row lock
 * orders them) and the one that locked it records the audit.
 */
interface LoginSourceLockRepository extends JpaRepository<LoginSourceLock, String> {

    /** Locks a source that has an expired lock; 1 when this call locked it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update LoginSourceLock l set l.lockedUntil = :until where l.source = :source and l.lockedUntil <= :now")
    int renewExpired(String source, Instant until, Instant now);

    /** Locks a source that has no lock row; 1 when this call locked it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "INSERT IGNORE INTO login_source_lock (source, locked_until) VALUES (:source, :until)",
            nativeQuery = true)
    int insertIfAbsent(String source, Instant until);
}

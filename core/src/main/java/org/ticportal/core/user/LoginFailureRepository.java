package org.ticportal.core.user;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    long countBySourceAndFailedAtAfter(String source, Instant after);

    long countByUserIdAndFailedAtAfter(Long userId, Instant after);

    long countByUserIdAndDeviceHashAndFailedAtAfter(Long userId, String deviceHash, Instant after);

    /** Forgets a source's failures that no window counts any more. */
    @Modifying
    @Query("delete from LoginFailure f where f.source = :source and f.failedAt < :before")
    int deleteBySourceBefore(String source, Instant before);
}

package org.ticportal.core.apiclient;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiClientRepository extends JpaRepository<ApiClient, Long> {

    Optional<ApiClient> findByTokenHash(String tokenHash);

    /**
     * Records a client's last call without touching its version: a call must not make the administrator's revocation
     * of the row they see fail as a concurrent change.
     */
    @Modifying
    @Query("update ApiClient c set c.lastUsedAt = :at where c.id = :id")
    int touch(long id, Instant at);
}

package org.ticportal.core.user;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    long countByUsernameAndFailedAtAfter(String username, Instant after);

    @Modifying
    @Query("delete from LoginFailure f where f.username = :username")
    void deleteByUsername(String username);
}

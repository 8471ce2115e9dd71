package org.ticportal.core.call;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ApplicationCallRepository extends JpaRepository<ApplicationCall, Long>,
        JpaSpecificationExecutor<ApplicationCall> {

    List<ApplicationCall> findByJurisdictionCodeAndOpensAtLessThanEqualAndClosesAtGreaterThanOrderByClosesAtAsc(
            String jurisdictionCode, Instant opensBefore, Instant closesAfter);

    boolean existsByJurisdictionCode(String jurisdictionCode);

    /** The call, its row locked for update ({@code SELECT ... FOR UPDATE}) until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ApplicationCall c where c.id = ?1")
    Optional<ApplicationCall> findLockedById(long id);
}

package org.ticportal.core.call;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ApplicationCallRepository extends JpaRepository<ApplicationCall, Long>,
        JpaSpecificationExecutor<ApplicationCall> {

    List<ApplicationCall> findByJurisdictionCodeAndOpensAtLessThanEqualAndClosesAtGreaterThanOrderByClosesAtAsc(
            String jurisdictionCode, Instant opensBefore, Instant closesAfter);

    boolean existsByJurisdictionCode(String jurisdictionCode);
}

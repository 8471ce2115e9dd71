package org.ticportal.core.expert;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ExpertRepository extends JpaRepository<Expert, Long>, JpaSpecificationExecutor<Expert> {

    Optional<Expert> findByUsername(String username);

    List<Expert> findByJurisdictionCodeAndActiveTrueOrderByIdAsc(String jurisdictionCode);
}

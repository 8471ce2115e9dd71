package org.ticportal.core.conversion;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface EngineeringCenterRepository extends JpaRepository<EngineeringCenter, Long>,
        JpaSpecificationExecutor<EngineeringCenter> {

    @Query("select e.name from EngineeringCenter e where e.jurisdictionCode = ?1")
    List<String> namesIn(String jurisdictionCode);

    Optional<EngineeringCenter> findFirstByApplicationId(long applicationId);

    List<EngineeringCenter> findByCreditCodeOrderByName(String creditCode);
}

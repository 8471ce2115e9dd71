package org.ticportal.core.center;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CenterRepository extends JpaRepository<Center, Long>, JpaSpecificationExecutor<Center> {

    boolean existsByName(String name);

    boolean existsByNameAndApplicationIdNot(String name, long applicationId);

    Optional<Center> findByApplicationId(long applicationId);
}

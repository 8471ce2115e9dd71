package org.ticportal.core.unit;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface UnitRepository extends JpaRepository<Unit, Long>, JpaSpecificationExecutor<Unit> {

    Optional<Unit> findByCreditCode(String creditCode);

    boolean existsByCreditCode(String creditCode);

    Page<Unit> findByNameContainingIgnoreCase(String name, Pageable pageable);
}

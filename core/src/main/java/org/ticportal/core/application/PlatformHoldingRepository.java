package org.ticportal.core.application;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlatformHoldingRepository extends JpaRepository<PlatformHolding, Long> {

    boolean existsByCreditCodeAndPlatformKind(String creditCode, String platformKind);

    boolean existsByDirectorKey(String directorKey);

    boolean existsByName(String name);
}

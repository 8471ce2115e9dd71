package org.ticportal.core.center;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CenterProfileRepository extends JpaRepository<CenterProfile, Long> {

    List<CenterProfile> findByCenterIdOrderByVersionNoDesc(long centerId);

    Optional<CenterProfile> findByCenterIdAndVersionNo(long centerId, int versionNo);
}

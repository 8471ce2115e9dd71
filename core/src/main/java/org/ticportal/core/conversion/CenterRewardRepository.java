package org.ticportal.core.conversion;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CenterRewardRepository extends JpaRepository<CenterReward, Long> {

    List<CenterReward> findByCenterIdOrderById(long centerId);
}

package org.ticportal.core.expert;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PanelRepository extends JpaRepository<ExpertPanel, Long> {

    Optional<ExpertPanel> findByApplicationId(long applicationId);

    boolean existsByApplicationId(long applicationId);

    boolean existsByApplicationIdAndConclusionIsNull(long applicationId);
}

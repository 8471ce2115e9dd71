package org.ticportal.core.expert;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PanelRepository extends JpaRepository<ExpertPanel, Long> {

    Optional<ExpertPanel> findByApplicationId(long applicationId);

    boolean existsByApplicationId(long applicationId);

    boolean existsByApplicationIdAndConclusionIsNull(long applicationId);

    List<ExpertPanel> findByBatchIdOrderByIdAsc(long batchId);

    @org.springframework.data.jpa.repository.Query("select p.applicationId from ExpertPanel p"
            + " where p.applicationId in :ids")
    List<Long> drawnAmong(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);
}

package org.ticportal.core.application;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationStepRepository extends JpaRepository<ApplicationStep, Long> {

    Page<ApplicationStep> findByApplicationId(Long applicationId, Pageable pageable);

    List<ApplicationStep> findByApplicationIdOrderByOccurredAtAscIdAsc(Long applicationId);

    /** How many of the application's steps entered the stage (its filing counts for the initial stage). */
    long countByApplicationIdAndToStage(Long applicationId, String toStage);
}

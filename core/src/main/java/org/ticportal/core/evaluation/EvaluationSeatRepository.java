package org.ticportal.core.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationSeatRepository extends JpaRepository<EvaluationSeat, Long> {

    List<EvaluationSeat> findByEvaluationIdOrderBySeatOrderAsc(long evaluationId);

    Optional<EvaluationSeat> findByEvaluationIdAndUsername(long evaluationId, String username);
}

package org.ticportal.core.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationStepRecordRepository extends JpaRepository<EvaluationStepRecord, Long> {

    List<EvaluationStepRecord> findByEvaluationIdOrderByAtAscIdAsc(long evaluationId);
}

package org.ticportal.core.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationFileRepository extends JpaRepository<EvaluationFile, Long> {

    List<EvaluationFile> findByEvaluationIdOrderByIdAsc(long evaluationId);

    List<EvaluationFile> findByEvaluationIdAndFieldKeyAndDeletedAtIsNullOrderByIdAsc(long evaluationId,
                                                                                     String fieldKey);
}

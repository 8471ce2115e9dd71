package org.ticportal.core.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EvaluationRoundRepository extends JpaRepository<EvaluationRound, Long>,
        JpaSpecificationExecutor<EvaluationRound> {
}

package org.ticportal.core.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RuleVerificationRepository extends JpaRepository<RuleVerification, Long> {

    List<RuleVerification> findByApplicationId(long applicationId);

    List<RuleVerification> findByApplicationIdOrderByRuleId(long applicationId);

    Optional<RuleVerification> findByApplicationIdAndRuleId(long applicationId, String ruleId);
}

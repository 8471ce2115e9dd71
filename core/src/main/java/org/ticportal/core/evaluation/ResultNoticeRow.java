package org.ticportal.core.evaluation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.policy.api.evaluation.Outcome;

/** The columns of an evaluation its public result notice needs, read by {@link EvaluationRepository#findNoticed}. */
record ResultNoticeRow(long id, String centerName, String leadUnitName, String gradeNameZh,
                       @Nullable String gradeNameEn, Outcome outcome, boolean outstanding, boolean recommendUpward,
                       @Nullable String article, LocalDate decidedOn, LocalDate effectiveOn, String jurisdictionCode,
                       String policyId,
                       String pluginId, String pluginVersion) {

    PolicyPin pin() {
        return new PolicyPin(policyId, pluginId, pluginVersion);
    }
}

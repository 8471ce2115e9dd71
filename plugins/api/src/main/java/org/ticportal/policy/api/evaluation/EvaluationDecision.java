package org.ticportal.policy.api.evaluation;

import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;

/**
 * The outcome of one evaluation, with the reason shown to the bureau.
 *
 * @param outcome     retain, rectify or revoke
 * @param outstanding the center is flagged 运行良好、成绩突出 (priority support, recommendation upward)
 * @param reason      why, citing the article
 */
public record EvaluationDecision(Outcome outcome, boolean outstanding, LocalizedText reason) {

    public EvaluationDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }
}

package org.ticportal.policy.api.evaluation;

import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;

/**
 * The outcome of one evaluation, with the reason shown to the bureau and the center.
 *
 * @param outcome         retain, rectify, revoke or confirm
 * @param outstanding     the center is flagged 运行良好、成绩突出 (第十四条: priority support from the city's S&amp;T plans)
 * @param recommendUpward the center is to be recommended to the next level (第十四条: 优先推荐申报省级技术创新中心);
 *                        since 0.2.5
 * @param rectifyMonths   for {@link Outcome#RECTIFY}, the rectification period in months, or 0 for the scheme's
 *                        {@link EvaluationScheme#rectifyMonths()}; since 0.2.5
 * @param reason          why, citing the article
 */
public record EvaluationDecision(Outcome outcome, boolean outstanding, boolean recommendUpward, int rectifyMonths,
                                 LocalizedText reason) {

    public EvaluationDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        if (rectifyMonths < 0) {
            throw new IllegalArgumentException("a rectification period is not negative");
        }
        if (rectifyMonths > 0 && outcome != Outcome.RECTIFY) {
            throw new IllegalArgumentException("only a rectification has a rectification period");
        }
        if ((outstanding || recommendUpward) && (outcome == Outcome.RECTIFY || outcome == Outcome.REVOKE)) {
            throw new IllegalArgumentException("a center rectifying or revoked is neither outstanding nor recommended");
        }
    }

    /** A decision as before 0.2.5: an outstanding center is also recommended upward, the scheme's period applies. */
    public EvaluationDecision(Outcome outcome, boolean outstanding, LocalizedText reason) {
        this(outcome, outstanding, outstanding, 0, reason);
    }
}

package org.ticportal.core.evaluation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.notice.NoticeContact;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.evaluation.Outcome;

/**
 * An evaluation result as its public notice shows it (绩效评估结果公示, art. 14 of the Xinzhou measures), without
 * login: nothing but what the notice publishes — no score, no reason, no self-assessment.
 *
 * @param id              the evaluation
 * @param centerName      the center's official name
 * @param leadUnitName    its lead unit
 * @param grade           the grade (优秀, 良好, 合格, 不合格 …)
 * @param outcome         retain, rectify, revoke or confirm
 * @param outstanding     retained as an outstanding center
 * @param recommendUpward recommended for the provincial level
 * @param article         the article of the measures the result rests on (the scheme's), empty if none
 * @param periodStart     the first day of the notice: the first working day after the decision
 * @param periodEnd       its last working day; the result takes effect the day after
 * @param effectiveOn     the day the result takes effect
 * @param ended           whether the notice is over on the portal's day (the result took effect or is about to)
 * @param issuer          the authority objections go to (the policy's issuer), or {@code null} when the policy
 *                        cannot be read
 * @param contact         the telephone and address for objections of the bureau's latest published notice, or
 *                        {@code null} when it published none
 */
public record EvaluationResultNotice(long id, String centerName, String leadUnitName, LocalizedText grade,
                                     Outcome outcome, boolean outstanding, boolean recommendUpward, String article,
                                     LocalDate periodStart, LocalDate periodEnd, LocalDate effectiveOn, boolean ended,
                                     @Nullable LocalizedText issuer, @Nullable NoticeContact contact) {

    public EvaluationResultNotice {
        if (periodEnd.isBefore(periodStart) || !effectiveOn.isAfter(periodEnd)) {
            throw new IllegalArgumentException("a result notice ends on or after its start, before the result takes"
                    + " effect: " + periodStart + " to " + periodEnd + ", effective " + effectiveOn);
        }
        article = article == null ? "" : article;
    }
}

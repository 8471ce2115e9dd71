package org.ticportal.core.center;

import java.time.LocalDate;

/**
 * The rule by which a policy's centers fall due for evaluation by a day: under the policy of a jurisdiction, not
 * revoked, not being evaluated, and recognised or last evaluated on or before {@code lastBefore} (a cycle's years
 * before the day; {@code batch}: not evaluated since) — what the bureau's next round would take
 * ({@link CenterStanding#due}), as the centers grid filters by it (统计看板's 即将评估).
 *
 * @param jurisdictionCode the policy's jurisdiction
 * @param policyId         the policy
 * @param lastBefore       the last day of recognition or evaluation that makes a center due
 * @param batch            whether the policy evaluates in bureau-wide batches (never evaluated centers are due)
 */
public record EvaluationDue(String jurisdictionCode, String policyId, LocalDate lastBefore, boolean batch) {
}

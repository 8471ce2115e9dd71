package org.ticportal.core.evaluation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * Published when bureau staff remind a center's lead unit by hand (催办) of the evaluation step that waits for it: its
 * users are told, after the commit, in the portal and by mail, with the sender and the sender's message.
 *
 * @param evaluationId         the evaluation
 * @param centerName           the center's name
 * @param what                 the step that waits (the self-assessment, the rectification report)
 * @param due                  its time limit
 * @param unitId               the center's lead unit, whose users are reminded
 * @param recommendingBodyCode its supervising department
 * @param jurisdictionCode     the bureau's jurisdiction
 * @param sender               the sender's name
 * @param message              what the sender adds, or {@code null}
 */
public record EvaluationChase(long evaluationId, String centerName, LocalizedText what, LocalDate due, long unitId,
                              String recommendingBodyCode, String jurisdictionCode, String sender,
                              @Nullable String message) {
}

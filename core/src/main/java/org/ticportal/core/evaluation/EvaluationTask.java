package org.ticportal.core.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Actor;

/**
 * Published when an evaluation waits for someone: its step's actor (the lead unit's users, the supervising
 * department's, the bureau's, or the drawn experts) is to be told, after the commit, with the time limit; or, with
 * {@code actor} {@code null}, the lead unit's users are told the evaluation's result.
 *
 * @param evaluationId         the evaluation
 * @param centerName           the center's name
 * @param what                 the step's name, or the result in words
 * @param due                  the time limit, if any
 * @param actor                who acts now, or {@code null} for the result
 * @param unitId               the center's lead unit
 * @param recommendingBodyCode its supervising department
 * @param jurisdictionCode     the bureau's jurisdiction
 * @param experts              for the panel's step, the drawn experts' logins
 */
public record EvaluationTask(long evaluationId, String centerName, LocalizedText what, @Nullable LocalDate due,
                             @Nullable Actor actor, long unitId, String recommendingBodyCode, String jurisdictionCode,
                             List<String> experts) {

    public EvaluationTask {
        experts = List.copyOf(experts);
    }
}

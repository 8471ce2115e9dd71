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
 * @param workingDaysLeft      for a reminder that the step's time limit ends soon, the working days left; {@code null}
 *                             when the step was just entered (or for the result)
 */
public record EvaluationTask(long evaluationId, String centerName, LocalizedText what, @Nullable LocalDate due,
                             @Nullable Actor actor, long unitId, String recommendingBodyCode, String jurisdictionCode,
                             List<String> experts, @Nullable Integer workingDaysLeft) {

    public EvaluationTask {
        experts = List.copyOf(experts);
        if (workingDaysLeft != null && (workingDaysLeft < 0 || actor == null || due == null)) {
            throw new IllegalArgumentException("a reminder is of a step's time limit, with the working days left");
        }
    }

    /** A step entered (or, with {@code actor} {@code null}, the result). */
    public EvaluationTask(long evaluationId, String centerName, LocalizedText what, @Nullable LocalDate due,
                          @Nullable Actor actor, long unitId, String recommendingBodyCode, String jurisdictionCode,
                          List<String> experts) {
        this(evaluationId, centerName, what, due, actor, unitId, recommendingBodyCode, jurisdictionCode, experts, null);
    }

    /** A reminder that the current step's time limit ends in {@code workingDaysLeft} working days. */
    static EvaluationTask reminder(long evaluationId, String centerName, LocalizedText what, LocalDate due, Actor actor,
                                   long unitId, String recommendingBodyCode, String jurisdictionCode,
                                   List<String> experts, int workingDaysLeft) {
        return new EvaluationTask(evaluationId, centerName, what, due, actor, unitId, recommendingBodyCode,
                jurisdictionCode, experts, workingDaysLeft);
    }
}

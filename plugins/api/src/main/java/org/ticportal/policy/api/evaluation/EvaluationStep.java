package org.ticportal.policy.api.evaluation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Actor;

/**
 * One step of an evaluation: who acts, what they do, in how many working days, on which form.
 *
 * @param code        stable code, upper case, e.g. {@code SELF_ASSESSMENT}
 * @param name        the step's name (绩效自评)
 * @param actor       who acts: {@link Actor#APPLICANT} (the center's lead unit), {@link Actor#RECOMMENDING_BODY} (the
 *                    center's supervising department), {@link Actor#AUTHORITY} (the bureau) or
 *                    {@link Actor#EXPERT_PANEL} (the panel's experts)
 * @param kind        what the step is
 * @param workingDays the time the actor has, in working days from the step's start, or 0 for none; for the
 *                    self-assessment the round's deadline
 * @param formCode    the code of the policy's form for the step (a {@code DocumentTemplate} the policy ships, e.g.
 *                    {@code SELF_EVALUATION}), or {@code null}: the portal asks for a text and evidence files
 * @param article     the article that sets the step
 * @param mayReturn   whether the actor may send the evaluation back one step, with a reason (a reviewer's return)
 * @since 0.2.5
 */
public record EvaluationStep(String code, LocalizedText name, Actor actor, EvaluationStepKind kind, int workingDays,
                             @Nullable String formCode, String article, boolean mayReturn) {

    public EvaluationStep {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw new IllegalArgumentException("step code must be upper case: " + code);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        article = article == null ? "" : article;
        if (workingDays < 0) {
            throw new IllegalArgumentException("the time limit of step " + code + " must not be negative");
        }
        boolean actorFits = switch (kind) {
            case SELF_ASSESSMENT -> actor == Actor.APPLICANT;
            case REVIEW -> actor == Actor.RECOMMENDING_BODY || actor == Actor.AUTHORITY;
            case ACCEPTANCE -> actor == Actor.AUTHORITY;
            case PANEL_SCORING -> actor == Actor.EXPERT_PANEL;
        };
        if (!actorFits) {
            throw new IllegalArgumentException("step " + code + " of kind " + kind + " cannot be taken by " + actor);
        }
        if (kind == EvaluationStepKind.SELF_ASSESSMENT && mayReturn) {
            throw new IllegalArgumentException("the self-assessment has no step before it to return to");
        }
    }
}

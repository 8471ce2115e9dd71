package org.ticportal.policy.api.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Actor;

/**
 * Evaluation as a procedure (绩效评估程序): the ordered steps a center's evaluation goes through, each with its actor,
 * time limit, form and article. The first step is the lead unit's self-assessment, the last the panel's scoring, after
 * which the portal totals the scores, gives the grade and asks the scheme's mapping for the outcome. A step whose
 * {@link EvaluationStep#mayReturn()} is set may send the evaluation back to the step before it, with a reason.
 *
 * @param steps   the steps in order
 * @param article the article that sets the procedure (Xinzhou: 第十四条)
 * @since 0.2.5
 */
public record EvaluationProcedure(List<EvaluationStep> steps, String article) {

    public EvaluationProcedure {
        steps = List.copyOf(steps);
        article = article == null ? "" : article;
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an evaluation procedure has steps");
        }
        if (steps.get(0).kind() != EvaluationStepKind.SELF_ASSESSMENT) {
            throw new IllegalArgumentException("an evaluation starts with the center's self-assessment");
        }
        if (steps.get(steps.size() - 1).kind() != EvaluationStepKind.PANEL_SCORING) {
            throw new IllegalArgumentException("an evaluation ends with the panel's scoring");
        }
        Set<String> codes = new HashSet<>();
        int assessments = 0;
        int scorings = 0;
        for (EvaluationStep s : steps) {
            if (!codes.add(s.code())) {
                throw new IllegalArgumentException("step " + s.code() + " appears twice");
            }
            assessments += s.kind() == EvaluationStepKind.SELF_ASSESSMENT ? 1 : 0;
            scorings += s.kind() == EvaluationStepKind.PANEL_SCORING ? 1 : 0;
        }
        if (assessments != 1 || scorings != 1) {
            throw new IllegalArgumentException("an evaluation has one self-assessment and one panel scoring");
        }
    }

    /**
     * The procedure for a scheme that declares none: self-assessment (20 working days, the policy's
     * {@code SELF_EVALUATION} form if it ships one) → review by the supervising department (10, may return) →
     * acceptance by the bureau (10, may return) → expert scoring (20).
     */
    public static EvaluationProcedure standard(String article) {
        return new EvaluationProcedure(List.of(
                new EvaluationStep("SELF_ASSESSMENT", new LocalizedText("绩效自评", "Self-assessment"), Actor.APPLICANT,
                        EvaluationStepKind.SELF_ASSESSMENT, 20, "SELF_EVALUATION", article, false),
                new EvaluationStep("SUPERVISOR_REVIEW", new LocalizedText("组织管理部门审核", "Supervising department's review"),
                        Actor.RECOMMENDING_BODY, EvaluationStepKind.REVIEW, 10, null, article, true),
                new EvaluationStep("BUREAU_ACCEPTANCE", new LocalizedText("市科技局受理", "Bureau's acceptance"),
                        Actor.AUTHORITY, EvaluationStepKind.ACCEPTANCE, 10, null, article, true),
                new EvaluationStep("EXPERT_SCORING", new LocalizedText("专家评分", "Expert scoring"), Actor.EXPERT_PANEL,
                        EvaluationStepKind.PANEL_SCORING, 20, null, article, false)), article);
    }

    /** The step with this code. */
    public Optional<EvaluationStep> step(String code) {
        return steps.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The first step (the self-assessment). */
    public EvaluationStep first() {
        return steps.get(0);
    }

    /** The step after this one, or empty after the panel's scoring. */
    public Optional<EvaluationStep> next(String code) {
        int i = indexOf(code);
        return i + 1 < steps.size() ? Optional.of(steps.get(i + 1)) : Optional.empty();
    }

    /** The step before this one, or empty for the first. */
    public Optional<EvaluationStep> previous(String code) {
        int i = indexOf(code);
        return i > 0 ? Optional.of(steps.get(i - 1)) : Optional.empty();
    }

    private int indexOf(String code) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no step " + code);
    }
}

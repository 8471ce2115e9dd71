package org.ticportal.policy.api.evaluation;

/**
 * What kind of step of an {@link EvaluationProcedure} a step is; the portal attaches its screen by kind.
 *
 * @since 0.2.5
 */
public enum EvaluationStepKind {
    /** The center's lead unit fills in its self-assessment (绩效自评) with evidence. */
    SELF_ASSESSMENT,
    /** A body reviews what was submitted (e.g. the supervising department's review, 组织管理部门审核). */
    REVIEW,
    /** The authority accepts the file for expert scoring (市科技局受理). */
    ACCEPTANCE,
    /** The expert panel scores against the scheme's indicators; the portal totals, grades and decides. */
    PANEL_SCORING
}

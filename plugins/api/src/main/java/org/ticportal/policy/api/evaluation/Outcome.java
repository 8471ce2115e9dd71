package org.ticportal.policy.api.evaluation;

/** What an evaluation decides (第十四条: 保留、整改或撤销). */
public enum Outcome {
    /** 保留 */
    RETAIN,
    /** 整改: rectify within a period, then re-check. */
    RECTIFY,
    /** 撤销 */
    REVOKE,
    /**
     * 确认: a center recognised provisionally (a policy whose recognition stage is of kind
     * {@link org.ticportal.policy.api.procedure.StageKind#PROVISIONAL}) is confirmed by its evaluation and becomes an
     * ordinary active center; for a center that is not provisional the portal treats it as {@link #RETAIN}.
     *
     * @since 0.2.5
     */
    CONFIRM
}

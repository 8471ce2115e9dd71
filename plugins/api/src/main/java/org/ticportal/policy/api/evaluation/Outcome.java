package org.ticportal.policy.api.evaluation;

/** What an evaluation decides (第十四条: 保留、整改或撤销). */
public enum Outcome {
    /** 保留 */
    RETAIN,
    /** 整改: rectify within a period, then re-check. */
    RECTIFY,
    /** 撤销 */
    REVOKE
}

package org.ticportal.policy.api.evaluation;

/**
 * How a policy's evaluations fall due.
 *
 * @since 0.2.5
 */
public enum CycleBasis {
    /**
     * Each center every {@link EvaluationScheme#cycleYears()} years from its recognition, then from its last
     * evaluation (Xinzhou, 第十四条: 通过认定后……以三年为周期).
     */
    FROM_RECOGNITION,
    /**
     * Bureau-wide batches: a round the bureau opens takes every center not evaluated within the last
     * {@link EvaluationScheme#cycleYears()} years, whatever the day of its recognition.
     */
    BATCH
}

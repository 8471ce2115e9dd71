package org.ticportal.core.evaluation;

/** Where one center's evaluation stands. */
public enum EvaluationState {
    /** Running through the policy's evaluation steps. */
    IN_PROGRESS,
    /** Decided; the result is publicly noticed before it takes effect (the scheme's result notice). */
    NOTICE,
    /** Decided to rectify: the lead unit reports, the bureau re-checks. */
    RECTIFYING,
    /** Finished: the outcome took effect (and a rectification was re-checked). */
    CLOSED
}

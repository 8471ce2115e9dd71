package org.ticportal.policy.api.evaluation;

/**
 * What the outcome may depend on besides the grade (第十四条 “参考评估结果”: the measures let the bureau weigh the
 * center's record). The portal builds it from the center's earlier evaluations.
 *
 * @param previousFailures   how many evaluations right before this one, in a row, were not passed
 * @param failuresInTotal    how many earlier evaluations of the center were not passed, in a row or not (since 0.2.5)
 * @param submissionMissing  the center did not submit its self-evaluation in time
 * @param underRectification the center is already rectifying after the previous evaluation
 * @param provisional        the center is recognised provisionally and waits for an evaluation to confirm it (since
 *                           0.2.5)
 */
public record EvaluationHistory(int previousFailures, int failuresInTotal, boolean submissionMissing,
                                boolean underRectification, boolean provisional) {

    public static final EvaluationHistory CLEAN = new EvaluationHistory(0, 0, false, false, false);

    public EvaluationHistory {
        if (previousFailures < 0 || failuresInTotal < previousFailures) {
            throw new IllegalArgumentException("failures in a row (" + previousFailures
                    + ") must be between 0 and the failures in total (" + failuresInTotal + ")");
        }
    }

    /** The history before 0.2.5: failures in a row only (counted as the failures in total too), not provisional. */
    public EvaluationHistory(int previousFailures, boolean submissionMissing, boolean underRectification) {
        this(previousFailures, previousFailures, submissionMissing, underRectification, false);
    }

    /** This history for a center that did not submit its self-evaluation in time. */
    public EvaluationHistory withSubmissionMissing() {
        return new EvaluationHistory(previousFailures, failuresInTotal, true, underRectification, provisional);
    }
}

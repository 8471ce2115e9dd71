package org.ticportal.policy.api.evaluation;

/**
 * What the outcome may depend on besides the grade.
 *
 * @param previousFailures   how many evaluations before this one in a row were not passed
 * @param submissionMissing  the center did not submit its self-evaluation in time
 * @param underRectification the center is already rectifying after the previous evaluation
 */
public record EvaluationHistory(int previousFailures, boolean submissionMissing, boolean underRectification) {

    public static final EvaluationHistory CLEAN = new EvaluationHistory(0, false, false);
}

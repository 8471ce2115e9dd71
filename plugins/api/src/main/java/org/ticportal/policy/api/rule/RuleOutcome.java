package org.ticportal.policy.api.rule;

/** The result of checking one rule against one application. */
public enum RuleOutcome {
    /** The condition is met. */
    PASS,
    /** The condition is not met: an AUTO rule blocks submission. */
    FAIL,
    /** A SOFT rule is not met: the applicant must explain. */
    WARN,
    /** A person must decide (ATTEST, EXPERT). */
    NEEDS_REVIEW,
    /** The rule does not apply to this application (e.g. another center type). */
    NOT_APPLICABLE
}

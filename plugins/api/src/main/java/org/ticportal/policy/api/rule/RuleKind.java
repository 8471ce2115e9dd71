package org.ticportal.policy.api.rule;

/** How a rule is decided. */
public enum RuleKind {
    /** Checked by the portal from the application's data. */
    AUTO,
    /** A declaration with evidence, verified by a person (bureau or recommending body). */
    ATTEST,
    /** Judged by the experts in the argumentation. */
    EXPERT,
    /** A warning only: the applicant explains, nothing is blocked. */
    SOFT
}

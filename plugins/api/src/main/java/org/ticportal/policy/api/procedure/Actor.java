package org.ticportal.policy.api.procedure;

/** Who performs a transition. The portal maps each actor to its roles and scopes. */
public enum Actor {
    /** The applicant unit. */
    APPLICANT,
    /** The recommending body of the applicant's scope (county S&amp;T body, department). */
    RECOMMENDING_BODY,
    /** The recognising authority's staff (the bureau). */
    AUTHORITY,
    /** The expert panel, through its head. */
    EXPERT_PANEL,
    /** The decision body (the Party leadership group meeting), recorded by the authority's staff. */
    DECISION_BODY,
    /** The portal itself, e.g. when a notice period ends. */
    SYSTEM
}

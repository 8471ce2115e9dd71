package org.ticportal.policy.api.procedure;

/** Who performs a transition. The portal maps each actor to its roles and scopes. */
public enum Actor {
    /** The applicant unit. */
    APPLICANT,
    /**
     * The applicant unit's administrator (申报单位管理员), who approves a submission before it leaves the unit: a step of
     * its own, typical in provincial systems, before the recommending body's review. The portal lets only the user who
     * administers the application's lead unit take it, and the recommending body sees the case only once it has left
     * the unit.
     *
     * @since 0.2.3
     */
    UNIT_ADMINISTRATOR,
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

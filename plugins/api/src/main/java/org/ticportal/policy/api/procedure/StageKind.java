package org.ticportal.policy.api.procedure;

/** What kind of stage a state is; the portal attaches its screens and documents by kind. */
public enum StageKind {
    /** The applicant drafts or revises. */
    DRAFT,
    /** Someone reviews the file (county review, bureau re-check, formal review). */
    REVIEW,
    /** Experts argue or score (site visit, defense, expert review). */
    EXPERT_REVIEW,
    /** A decision body decides. */
    DECISION,
    /** A public notice runs; objections may be filed. */
    NOTICE,
    /** An objection is being handled. */
    OBJECTION,
    /** Approved to build: a construction period runs until the acceptance review. */
    CONSTRUCTION,
    /** Recognised provisionally; confirmed by a later evaluation. */
    PROVISIONAL,
    /** Recognised: the center exists. */
    RECOGNIZED,
    /** Refused. */
    REJECTED,
    /** Withdrawn by the applicant. */
    WITHDRAWN
}

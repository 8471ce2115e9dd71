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
    /**
     * Approved to build (批准建设): a construction period runs until the acceptance review. Limit it with
     * {@link Stage#lastingAtMost(int, String)}; the acceptance review is an {@link #EXPERT_REVIEW} stage after it,
     * ending in {@link #RECOGNIZED} or {@link #ACCEPTANCE_FAILED}.
     */
    CONSTRUCTION,
    /** Recognised provisionally; confirmed by a later evaluation. */
    PROVISIONAL,
    /** Recognised: the center exists. */
    RECOGNIZED,
    /** Refused. */
    REJECTED,
    /** Withdrawn by the applicant. */
    WITHDRAWN,
    /**
     * Final: approved for construction, the center failed its acceptance review (验收不通过) or its construction period
     * ended without one — told apart from {@link #REJECTED}, the refusal of the application itself. No center is
     * recognised.
     *
     * @since 0.2.5
     */
    ACCEPTANCE_FAILED
}

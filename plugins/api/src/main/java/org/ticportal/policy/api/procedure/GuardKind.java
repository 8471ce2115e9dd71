package org.ticportal.policy.api.procedure;

/** What a transition requires before it may be taken. */
public enum GuardKind {
    /** Every AUTO eligibility rule passes and every SOFT warning carries an explanation. */
    ELIGIBILITY_PASSED,
    /** A form field is filled in; {@link Guard#reference()} names the field key. */
    FIELD_PRESENT,
    /** An attachment of an evidence type is present; the reference names the evidence code. */
    EVIDENCE_PRESENT,
    /** A comment is entered (e.g. reasons for a rejection). */
    COMMENT_PRESENT,
    /** The notice period has ended. */
    NOTICE_ENDED,
    /** No objection is open. */
    NO_OPEN_OBJECTION,
    /**
     * An attachment of an evidence type was uploaded after the case entered the stage the transition leaves (a new
     * version, e.g. the construction plan revised after the experts' argumentation: the file filed with the
     * application does not count); the reference names the evidence code.
     *
     * @since 0.2.2
     */
    EVIDENCE_UPLOADED_IN_STAGE,
    /**
     * Every rule the transition's actor verifies ({@code EligibilityRule#verifiedBy}) and that waits for a person is
     * confirmed on the case's checklist. The portal adds this guard by itself to every step forward of an actor that
     * owns checklist items; a policy may also name it.
     *
     * @since 0.2.2
     */
    CHECKLIST_VERIFIED
}

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
    NO_OPEN_OBJECTION
}

package org.ticportal.core.expert;

/** Where a panel member stands. */
public enum MemberState {
    /** Drawn; has not declared yet and sees only who applies. */
    DRAWN,
    /** Declared no conflict; reads the application, records the visit and defense, scores. */
    DECLARED,
    /** Declared a conflict; the bureau replaces them. */
    CONFLICT,
    /** Submitted the score sheet. */
    SUBMITTED,
    /** Replaced by the bureau; no longer on the panel. */
    REPLACED
}

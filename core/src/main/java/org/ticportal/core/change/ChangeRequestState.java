package org.ticportal.core.change;

/** Where a change request stands. */
public enum ChangeRequestState {
    /** Waiting for the approver of its current step. */
    REVIEWING,
    /** Returned to the lead unit, which may revise and file it again. */
    RETURNED,
    /** Approved at the last step: the center's profile has its next version. */
    APPROVED,
    /** Refused; closed. */
    REFUSED;

    /** Whether the request is still open (nobody may file another for the center meanwhile). */
    public boolean open() {
        return this == REVIEWING || this == RETURNED;
    }
}

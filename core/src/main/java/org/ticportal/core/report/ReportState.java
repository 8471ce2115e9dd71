package org.ticportal.core.report;

/** Where an annual report stands. */
public enum ReportState {
    /** The lead unit is writing it. */
    DRAFT,
    /** Submitted: its figures count; read-only unless returned. */
    SUBMITTED,
    /** Returned by the supervising body or the bureau for a revision, with a reason. */
    RETURNED;

    /** Whether the lead unit may still change it. */
    public boolean editable() {
        return this != SUBMITTED;
    }
}

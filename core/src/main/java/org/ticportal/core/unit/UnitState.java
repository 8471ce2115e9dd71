package org.ticportal.core.unit;

/** Where a unit's registration stands: 待确认, 已确认, 未通过. */
public enum UnitState {
    /** Registered, waiting for its confirming body; its users can sign in but not file. */
    PENDING,
    /** Confirmed by its recommending body (or the bureau for a municipal unit): it may file. */
    CONFIRMED,
    /** Refused with a reason; its users can sign in and read the reason. */
    REFUSED
}

package org.ticportal.core.center;

/** Where a center stands (art. 14 of the Xinzhou measures: retain, rectify, revoke). */
public enum CenterStatus {
    /** Recognised and running. */
    ACTIVE,
    /** Ordered to rectify after an evaluation. */
    RECTIFYING,
    /** Revoked; its name stays taken. */
    REVOKED,
    /**
     * Recognised provisionally (the policy's recognition stage is of kind {@code PROVISIONAL}); an evaluation whose
     * outcome is {@code CONFIRM} makes it active.
     */
    PROVISIONAL
}

package org.ticportal.core.center;

/** Where a center stands (art. 14 of the Xinzhou measures: retain, rectify, revoke). */
public enum CenterStatus {
    /** Recognised and running. */
    ACTIVE,
    /** Ordered to rectify after an evaluation. */
    RECTIFYING,
    /** Revoked; its name stays taken. */
    REVOKED
}

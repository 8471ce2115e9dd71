package org.ticportal.core.conversion;

/** Where an engineering center of the registry stands. */
public enum EngineeringCenterStatus {
    /** Registered: its unit may apply to convert it. */
    REGISTERED,
    /** Converted into a center, to which it is linked (art. 16). */
    CONVERTED,
    /** Taken off the registry by the bureau. */
    CANCELLED
}

package org.ticportal.core.notification;

/** Why a user is told something. */
public enum NotificationKind {
    /** An application took a step and its next one is the user's. */
    STEP,
    /** A stage's time limit ends soon and its step is the user's. */
    REMINDER,
    /** An application of the user's unit reached the end of its procedure (recognised, refused, withdrawn …). */
    OUTCOME,
    /** A center's change request (art. 15) waits for the user, or its lead unit is told how it ended. */
    CHANGE
}

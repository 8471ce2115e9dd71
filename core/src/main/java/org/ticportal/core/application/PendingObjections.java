package org.ticportal.core.application;

/**
 * What the notice feature tells the workflow about objections (异议) to an application that were filed and are not yet
 * decided: the guard {@code NO_OPEN_OBJECTION} refuses while there is one, so that a notice does not close over an
 * objection the bureau has not handled. Implemented by the notice feature; the application feature only asks.
 */
public interface PendingObjections {

    /** Whether an objection to the application was filed and is neither upheld nor dismissed yet. */
    boolean pending(long applicationId);
}

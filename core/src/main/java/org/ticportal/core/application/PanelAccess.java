package org.ticportal.core.application;

/**
 * What the expert feature tells the workflow about an application's expert panel (专家组), for the logged-in user.
 * Implemented by the expert feature; the application feature only asks.
 */
public interface PanelAccess {

    /**
     * Whether a panel was drawn for the application and has not concluded: then only its head records the panel's
     * conclusion; once it concluded, later expert-panel steps are the bureau's again.
     */
    boolean hasPanel(long applicationId);

    /** Whether the logged-in expert sits on the application's panel (drawn, not replaced). */
    boolean isMember(long applicationId);

    /** Whether the logged-in expert sits on the panel and declared no conflict: they may read the application. */
    boolean mayRead(long applicationId);

    /** Whether the logged-in expert is the head of the application's panel. */
    boolean isLeader(long applicationId);
}

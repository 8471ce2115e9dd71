package org.ticportal.core.notification;

/**
 * What a notification that concerns no application is about, so that 通知 opens it on click and the e-mail names its
 * page: a center's evaluation (art. 14 of the Xinzhou measures) or change request (art. 15).
 */
public enum NotificationTarget {
    /** A center's performance evaluation; its page is {@code evaluations/<id>}. */
    EVALUATION("evaluations/"),
    /** A center's change request; its page is {@code changes/<id>}. */
    CHANGE_REQUEST("changes/");

    private final String routePrefix;

    NotificationTarget(String routePrefix) {
        this.routePrefix = routePrefix;
    }

    /** The portal's path of the target's page (relative to the portal's address), e.g. {@code evaluations/12}. */
    public String route(long id) {
        if (id < 1) {
            throw new IllegalArgumentException("not an id: " + id);
        }
        return routePrefix + id;
    }
}

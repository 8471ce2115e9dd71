package org.ticportal.core.expert;

import java.util.List;

/**
 * Published (inside the drawing transaction) when experts were given seats on an application's panel: drawn, or
 * replacing a member. Those who react after the commit (notifications) tell the experts that a declaration waits.
 *
 * @param applicationId the application
 * @param usernames     the login names of the experts seated (those who have a login)
 */
public record PanelSeatsAssigned(long applicationId, List<String> usernames) {

    public PanelSeatsAssigned {
        usernames = List.copyOf(usernames);
    }
}

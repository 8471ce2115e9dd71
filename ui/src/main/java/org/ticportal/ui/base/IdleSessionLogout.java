package org.ticportal.ui.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ends the login with the Vaadin session. With {@code vaadin.closeIdleSessions=true} Vaadin closes a session that saw
 * no user interaction for the session timeout, even while heartbeats keep the tab alive; the login itself lives in
 * the HTTP session, so that is invalidated too and the next request goes to the login page.
 */
@Component
class IdleSessionLogout implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(IdleSessionLogout.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroy -> {
            WrappedSession http = destroy.getSession().getSession();
            if (http == null) {
                return;
            }
            try {
                http.invalidate();
                LOG.debug("Invalidated HTTP session {} with its Vaadin session", http.getId());
            } catch (IllegalStateException alreadyInvalid) {
                // logout or container timeout invalidated it first
            }
        });
    }
}

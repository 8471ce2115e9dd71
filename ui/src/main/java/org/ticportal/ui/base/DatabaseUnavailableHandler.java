package org.ticportal.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ticportal.core.db.DatabaseUnavailable;

/**
 * Tells the user the truth when an action on an open screen fails because the database is away: a notification
 * "服务暂时不可用，请稍后再试" instead of a broken screen, and one log line instead of a stack trace. The screen stays as
 * it was; once the database is back (the portal restarts its embedded one by itself) the same action works again.
 * Every other error goes to Vaadin's default handler.
 */
@Component
class DatabaseUnavailableHandler implements VaadinServiceInitListener, ErrorHandler {

    /** Id of the notification, for tests. */
    static final String NOTIFICATION_ID = "service-unavailable-notification";

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

    private final ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        if (!DatabaseUnavailable.isCause(failure)) {
            fallback.error(event);
            return;
        }
        LOG.warn("An action failed: the database is unavailable ({})", failure.toString());
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Notification notification = new Notification(ui.getTranslation("service.unavailable"), 6000,
                Notification.Position.MIDDLE);
        notification.setId(NOTIFICATION_ID);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }
}

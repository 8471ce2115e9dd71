package org.ticportal.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.ticportal.core.common.BusinessException;

/** Notifications with translated text, and the translation of refusals from services. */
public final class Messages {

    private Messages() {
    }

    public static void success(Component source, String key, Object... params) {
        Notification n = Notification.show(source.getTranslation(key, params), 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(Component source, String key, Object... params) {
        Notification n = Notification.show(source.getTranslation(key, params), 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The user-facing text of a service refusal. */
    public static String describe(Component source, RuntimeException e) {
        return switch (e) {
            case BusinessException b -> source.getTranslation(b.getMessageKey(), b.getArguments());
            case OptimisticLockingFailureException o -> source.getTranslation("error.concurrentChange");
            case AccessDeniedException a -> source.getTranslation("error.accessDenied");
            default -> source.getTranslation("error.unexpected");
        };
    }
}

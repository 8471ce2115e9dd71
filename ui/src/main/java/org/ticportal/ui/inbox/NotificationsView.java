package org.ticportal.ui.inbox;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.PermitAll;

import org.ticportal.core.common.PortalTime;
import org.ticportal.core.notification.Notification;
import org.ticportal.core.notification.NotificationService;
import org.ticportal.ui.applications.ApplicationView;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.ViewTitles;
import org.ticportal.ui.changes.ChangeRequestView;
import org.ticportal.ui.evaluations.EvaluationView;

/**
 * 通知: the notifications the portal wrote for the user, newest first and paged in the database, the unread ones in
 * bold; a click marks one read and opens its application, evaluation or change request; all can be marked read at
 * once. The bell in the header leads here.
 */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Grid<Notification> grid = new Grid<>();
    private final Checkbox unreadOnly = new Checkbox();

    NotificationsView(NotificationService notifications, PortalTime time) {
        this.notifications = notifications;
        addClassName("notifications-view");
        setSizeFull();
        Locale locale = getLocale();
        unreadOnly.setLabel(getTranslation("notifications.unreadOnly"));
        unreadOnly.setId("notifications-unread-only");
        unreadOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button allRead = new Button(getTranslation("notifications.markAllRead"), e -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        allRead.setId("notifications-mark-all-read");
        allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(unreadOnly, allRead);
        bar.setAlignItems(Alignment.BASELINE);

        grid.setId("notifications");
        grid.addColumn(n -> Formats.dateTime(time.local(n.getCreatedAt()), locale))
                .setHeader(getTranslation("notifications.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(n -> {
            Span subject = new Span(n.getSubject().get(locale));
            subject.getStyle().set("white-space", "normal");
            if (!n.isRead()) {
                subject.getStyle().set("font-weight", "bold");
            }
            Span body = new Span(n.getBody().get(locale));
            body.getStyle().set("font-size", "var(--lumo-font-size-s)").set("white-space", "normal")
                    .set("color", "var(--lumo-secondary-text-color)");
            Div text = new Div(subject, new Div(body));
            text.addClassName(n.isRead() ? "notification-read" : "notification-unread");
            return text;
        }).setHeader(getTranslation("notifications.subject")).setFlexGrow(1).setKey("subject");
        grid.addColumn(n -> getTranslation(n.isRead() ? "notifications.read" : "notifications.unread"))
                .setHeader(getTranslation("notifications.state")).setAutoWidth(true).setFlexGrow(0).setKey("state");
        grid.setItems(query -> notifications.mine(unreadOnly.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> open(e.getItem()));
        add(bar, grid);
        expand(grid);
    }

    /**
     * Marks the notification read and opens what it concerns: its application, or its target (a center's evaluation or
     * change request).
     */
    void open(Notification n) {
        notifications.markRead(n.getId());
        if (n.getApplicationId() != null) {
            getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                    new RouteParameters("id", Long.toString(n.getApplicationId()))));
        } else if (n.getTargetKind() != null && n.getTargetId() != null) {
            RouteParameters id = new RouteParameters("id", Long.toString(n.getTargetId()));
            getUI().ifPresent(ui -> {
                switch (n.getTargetKind()) {
                    case EVALUATION -> ui.navigate(EvaluationView.class, id);
                    case CHANGE_REQUEST -> ui.navigate(ChangeRequestView.class, id);
                }
            });
        } else {
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "notifications.title");
    }
}

package org.ticportal.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditFilter;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.ui.base.Formats;

/**
 * 此记录的全部审计记录: every event of one record (an application, a center, a user …), newest first, paged in the
 * database, read-only. It is how an auditor follows a record from an audit row: the record's business screen is not
 * theirs to open, its trail is.
 */
class AuditHistoryDialog extends Dialog {

    AuditHistoryDialog(AuditService audit, AuditLabels labels, AuditSubject subject, String subjectId) {
        setId("audit-history");
        setHeaderTitle(getTranslation("audit.history.title", labels.subject(subject.name()), subjectId));
        setWidth("min(70em, 95vw)");
        setHeight("min(40em, 90vh)");
        AuditFilter filter = AuditFilter.of(subject, subjectId);
        Grid<AuditEvent> grid = new Grid<>();
        grid.setId("audit-history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt(), getLocale())).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::getActor).setHeader(getTranslation("audit.user")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(labels::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> labels.value(e.getSubjectType(), e.getFromState()))
                .setHeader(getTranslation("audit.before"));
        grid.addColumn(e -> labels.value(e.getSubjectType(), e.getToState())).setHeader(getTranslation("audit.after"));
        grid.addColumn(AuditEvent::getComment).setHeader(getTranslation("audit.comment"));
        grid.setItems(query -> audit.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
        grid.setSizeFull();
        add(grid);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("audit-history-close");
        getFooter().add(close);
    }
}

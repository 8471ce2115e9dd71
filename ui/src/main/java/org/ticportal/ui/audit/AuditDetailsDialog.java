package org.ticportal.ui.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;

/**
 * One audit record whole: when, who, which record, what was done (in words), the value before and after (codes the
 * portal names read in words) and the comment; where a value has several fields (a JSON object, parts, a user's
 * access) a table lists them field by field, each changed one marked. 此记录的全部审计记录 opens the record's own
 * trail: every event of the same record, read-only — the auditor's way to a record's history without its business
 * screen, which the auditor may not open (三权分立).
 */
class AuditDetailsDialog extends Dialog {

    AuditDetailsDialog(AuditEvent event, AuditLabels labels, AuditService audit) {
        setId("audit-details");
        setHeaderTitle(getTranslation("audit.details"));
        setWidth("min(48em, 95vw)");
        String type = event.getSubjectType();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addFormItem(value("audit-details-time", Formats.dateTime(event.getOccurredAt(), getLocale())),
                getTranslation("audit.time"));
        form.addFormItem(value("audit-details-user", event.getActor()), getTranslation("audit.user"));
        form.addFormItem(value("audit-details-subject", labels.subject(type) + " " + event.getSubjectId()),
                getTranslation("audit.record"));
        form.addFormItem(value("audit-details-action", labels.action(event)), getTranslation("audit.action"));
        form.addFormItem(value("audit-details-before", labels.value(type, event.getFromState())),
                getTranslation("audit.before"));
        form.addFormItem(value("audit-details-after", labels.value(type, event.getToState())),
                getTranslation("audit.after"));
        form.addFormItem(value("audit-details-comment", event.getComment()), getTranslation("audit.comment"));
        add(form);
        List<AuditChanges.Change> changes = AuditChanges.of(event.getFromState(), event.getToState());
        if (!changes.isEmpty()) {
            add(changes(changes, labels, type));
        }
        Optional<AuditSubject> subject = Arrays.stream(AuditSubject.values())
                .filter(s -> s.name().equals(type)).findFirst();
        subject.ifPresent(s -> {
            Button history = new Button(getTranslation("audit.history"), Icons.create(VaadinIcon.ARCHIVE),
                    e -> new AuditHistoryDialog(audit, labels, s, event.getSubjectId()).open());
            history.setId("audit-details-history");
            getFooter().add(history);
        });
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("audit-details-close");
        getFooter().add(close);
    }

    /** The fields of the values side by side, a changed field's row marked. */
    private Component changes(List<AuditChanges.Change> changes, AuditLabels labels, String type) {
        Grid<AuditChanges.Change> grid = new Grid<>();
        grid.setId("audit-details-changes");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> field(c.field())).setHeader(getTranslation("audit.field")).setFlexGrow(0)
                .setWidth("8em");
        grid.addColumn(c -> orNone(labels.value(type, c.before()))).setHeader(getTranslation("audit.before"));
        grid.addColumn(c -> orNone(labels.value(type, c.after()))).setHeader(getTranslation("audit.after"));
        grid.addColumn(c -> c.changed() ? getTranslation("audit.changed") : "").setHeader("")
                .setFlexGrow(0).setWidth("6em");
        grid.setPartNameGenerator(c -> c.changed() ? "audit-changed" : null);
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A field by its key, or by its position ("第 2 项"). */
    private String field(String key) {
        return key.chars().allMatch(Character::isDigit) ? getTranslation("audit.field.part", key) : key;
    }

    private String orNone(@Nullable String text) {
        return text == null || text.isEmpty() ? getTranslation("audit.none") : text;
    }

    private Component value(String id, @Nullable String text) {
        Div div = new Div();
        div.setId(id);
        div.setText(orNone(text));
        div.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        return div;
    }
}

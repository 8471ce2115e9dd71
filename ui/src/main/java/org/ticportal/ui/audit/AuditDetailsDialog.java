package org.ticportal.ui.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.ui.base.Formats;

/** One audit record whole: when, who, which record, what was done, the value before and after, the comment. */
class AuditDetailsDialog extends Dialog {

    AuditDetailsDialog(AuditEvent event, String subjectLabel) {
        setId("audit-details");
        setHeaderTitle(getTranslation("audit.details"));
        setWidth("min(44em, 95vw)");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addFormItem(value("audit-details-time", Formats.dateTime(event.getOccurredAt(), getLocale())),
                getTranslation("audit.time"));
        form.addFormItem(value("audit-details-user", event.getActor()), getTranslation("audit.user"));
        form.addFormItem(value("audit-details-subject", subjectLabel + " " + event.getSubjectId()),
                getTranslation("audit.record"));
        form.addFormItem(value("audit-details-action", event.getAction()), getTranslation("audit.action"));
        form.addFormItem(value("audit-details-before", event.getFromState()), getTranslation("audit.before"));
        form.addFormItem(value("audit-details-after", event.getToState()), getTranslation("audit.after"));
        form.addFormItem(value("audit-details-comment", event.getComment()), getTranslation("audit.comment"));
        add(form);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("audit-details-close");
        getFooter().add(close);
    }

    private Component value(String id, @Nullable String text) {
        Div div = new Div();
        div.setId(id);
        div.setText(text == null || text.isEmpty() ? getTranslation("audit.none") : text);
        div.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        return div;
    }
}

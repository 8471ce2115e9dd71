package org.ticportal.ui.applications;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.provider.SortDirection;

import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationForms;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ApplicationStep;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;

/**
 * An application's history: every step with when, who, what, from which stage to which and the comment, newest first
 * and paged from the database. Selecting a step shows what the actor entered on its form.
 */
class StepHistory extends FilterGrid<ApplicationStep, Long> {

    StepHistory(ApplicationService applications, ApplicationForms forms, long applicationId, ApplicationDetail detail,
                org.ticportal.ui.forms.Catalogs catalogs) {
        super(applicationId, (id, page) -> applications.history(id, page).getContent(),
                id -> applications.history(id, org.springframework.data.domain.PageRequest.of(0, 1))
                        .getTotalElements());
        setId("application-history");
        var when = addColumn("history.when", s -> Formats.dateTime(s.getOccurredAt(), getLocale()), "occurredAt");
        addColumn("history.who", s -> s.getActor() + (s.getActorRole() == null ? ""
                : "（" + getTranslation("role." + s.getActorRole()) + "）"), "actor");
        addColumn("history.action", s -> detail.stepLabel(s).get(getLocale()), "transitionCode");
        addColumn("history.from", s -> s.getFromStage() == null ? ""
                : detail.stageName(s.getFromStage()).get(getLocale()), null);
        addColumn("history.to", s -> detail.stageName(s.getToStage()).get(getLocale()), null);
        addColumn("history.comment", s -> s.getComment() == null ? "" : s.getComment(), null).setFlexGrow(2);
        addColumn("history.version", ApplicationStep::getPluginVersion, null);
        sort(List.of(new GridSortOrder<>(when, SortDirection.DESCENDING)));
        addItemClickListener(e -> {
            Map<String, Object> values = forms.stepValues(applicationId, e.getItem().getId());
            if (values.isEmpty()) {
                return;
            }
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(detail.stepLabel(e.getItem()).get(getLocale()));
            dialog.setId("step-values");
            if (e.getItem().getFormCode() != null) {
                // the values as the form they were entered on shows them, in that form's version
                org.ticportal.ui.forms.FormRenderer form = new org.ticportal.ui.forms.FormRenderer(
                        forms.stepForm(applicationId, e.getItem()), getLocale(), catalogs, null);
                form.setValues(values);
                form.setReadOnly(true);
                form.getElement().getStyle().set("width", "min(60em, 90vw)");
                dialog.add(form);
            } else {
                UnorderedList list = new UnorderedList();
                values.forEach((k, v) -> list.add(new ListItem(k + "：" + v)));
                dialog.add(new Paragraph(getTranslation("history.stepValues")), list);
            }
            dialog.getFooter().add(new com.vaadin.flow.component.button.Button(getTranslation("action.close"),
                    x -> dialog.close()));
            dialog.open();
        });
    }
}

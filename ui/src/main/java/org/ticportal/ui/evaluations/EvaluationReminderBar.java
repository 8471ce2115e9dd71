package org.ticportal.ui.evaluations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import org.ticportal.core.common.BulkResult;
import org.ticportal.core.evaluation.EvaluationFilter;
import org.ticportal.core.evaluation.EvaluationReminderService;
import org.ticportal.core.evaluation.EvaluationViews;
import org.ticportal.ui.base.BulkReport;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;

/**
 * 发送提醒 on 绩效评估 for bureau staff and administrators: the grid's rows become selectable, and a bar above it says
 * how many are ticked and reminds the lead units of the ticked evaluations of their self-assessment or rectification
 * report, with an optional message ({@link EvaluationReminderService}, all or nothing). The report lists every refused
 * evaluation (center, reason) and says that nobody was reminded, or says how many lead units were; the selection then
 * clears.
 */
class EvaluationReminderBar extends HorizontalLayout {

    private final FilterGrid<EvaluationViews.Row, EvaluationFilter> grid;
    private final EvaluationReminderService reminders;
    private final Span count = new Span();

    EvaluationReminderBar(FilterGrid<EvaluationViews.Row, EvaluationFilter> grid,
                          EvaluationReminderService reminders) {
        this.grid = grid;
        this.reminders = reminders;
        setId("evaluations-bulk");
        addClassName("bulk-bar");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setVisible(false);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        count.setId("evaluations-bulk-count");
        Button remind = new Button(getTranslation("evaluations.bulk.remind"), Icons.create(VaadinIcon.BELL_O),
                e -> confirm());
        remind.setId("evaluations-bulk-remind");
        remind.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("application.bulk.clear"), e -> grid.deselectAll());
        clear.setId("evaluations-bulk-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(count, remind, clear);
        grid.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            count.setText(getTranslation("application.bulk.selected", n));
            setVisible(n > 0);
        });
        grid.addFilterListener(grid::deselectAll);
    }

    /** The ticked evaluations, by id, in the grid's order of ticking. */
    private Map<Long, EvaluationViews.Row> selected() {
        Map<Long, EvaluationViews.Row> rows = new LinkedHashMap<>();
        grid.getSelectedItems().forEach(r -> rows.put(r.id(), r));
        return rows;
    }

    private void confirm() {
        Map<Long, EvaluationViews.Row> rows = selected();
        if (rows.isEmpty()) {
            return;
        }
        String action = getTranslation("evaluations.bulk.remind");
        Dialog dialog = new Dialog(action);
        dialog.setId("evaluations-bulk-dialog");
        dialog.setWidth("min(36em, 95vw)");
        TextArea message = new TextArea(getTranslation("application.bulk.remind.message"));
        message.setId("evaluations-bulk-message");
        message.setMaxLength(EvaluationReminderService.MAX_MESSAGE);
        message.setWidthFull();
        message.setHelperText(getTranslation("evaluations.bulk.remind.help",
                EvaluationReminderService.DUE_WITHIN_DAYS));
        dialog.add(new Paragraph(getTranslation("evaluations.bulk.confirm", rows.size())), message);
        Button go = new Button(getTranslation("application.bulk.run"), e -> {
            Map<Long, Long> versions = new LinkedHashMap<>();
            rows.forEach((id, r) -> versions.put(id, r.version()));
            try {
                BulkResult result = reminders.remindLeadUnits(versions, message.getValue());
                dialog.close();
                report(action, rows, result);
            } catch (RuntimeException ex) {
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        });
        go.setId("evaluations-bulk-run");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), go);
        dialog.open();
    }

    private void report(String action, Map<Long, EvaluationViews.Row> rows, BulkResult result) {
        new BulkReport("evaluations-bulk", action, rows.size(), result, "evaluations.bulk.refused",
                "evaluations.bulk.done", List.of(
                        new BulkReport.Column("evaluations.center",
                                r -> rows.containsKey(r.id()) ? rows.get(r.id()).centerName() : r.referenceNo()),
                        new BulkReport.Column("evaluations.leadUnit",
                                r -> rows.containsKey(r.id()) ? rows.get(r.id()).leadUnitName() : ""))).open();
        grid.deselectAll();
        grid.refresh();
    }
}

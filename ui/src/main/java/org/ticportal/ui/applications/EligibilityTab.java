package org.ticportal.ui.applications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.CheckOutcome;
import org.ticportal.core.application.ChecklistItem;
import org.ticportal.core.application.EligibilityReport;
import org.ticportal.core.application.RuleCheck;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;

/**
 * The eligibility tab of an {@link ApplicationView}: the self-check of every condition with its outcome, kind and
 * article, who verified it on the reviewers' checklist, and for a warning the applicant's explanation (typed while the
 * application is a draft, saved with it); the check can be run again, after saving the draft.
 */
class EligibilityTab extends VerticalLayout {

    private final ApplicationService applications;
    private final long id;
    /** The explanation fields of the warnings by their rule, as the draft saves them. */
    private final Map<String, TextField> explanations = new HashMap<>();
    private final Grid<RuleCheck> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    /**
     * @param saveDraft saves the draft before the check runs again (when editable); returns whether it was saved
     */
    EligibilityTab(ApplicationService applications, long id, ApplicationDetail d, boolean editable,
                   List<ChecklistItem> items, BooleanSupplier saveDraft) {
        this.applications = applications;
        this.id = id;
        setPadding(false);
        grid.setId("eligibility-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(c -> ApplicationFacts.badge(null, getTranslation("check." + c.outcome().name()),
                switch (c.outcome()) {
                    case PASS -> "success";
                    case FAIL, ERROR -> "error";
                    case WARN -> "warning";
                    default -> "contrast";
                })).setHeader(getTranslation("check.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.title().get(getLocale())).setHeader(getTranslation("check.rule")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("check.kind." + c.kind().name())).setHeader(getTranslation("check.kind"))
                .setAutoWidth(true);
        grid.addColumn(RuleCheck::article).setHeader(getTranslation("check.article")).setAutoWidth(true);
        grid.addColumn(c -> c.message().get(getLocale())).setHeader(getTranslation("check.message")).setFlexGrow(3);
        Map<String, ChecklistItem> byRule = new HashMap<>();
        items.forEach(i -> byRule.put(i.ruleId(), i));
        grid.addColumn(c -> ChecklistPanel.verification(this, getLocale(), byRule.get(c.ruleId())))
                .setHeader(getTranslation("checklist.verification")).setKey("verification").setFlexGrow(2);
        grid.addComponentColumn(c -> {
            if (c.outcome() != CheckOutcome.WARN) {
                return new Span(c.explanation() == null ? "" : c.explanation());
            }
            TextField explanation = new TextField();
            explanation.setPlaceholder(getTranslation("check.explain"));
            explanation.setValue(c.explanation() == null ? "" : c.explanation());
            explanation.setReadOnly(!editable);
            explanation.setWidthFull();
            explanation.setId("explain-" + c.ruleId());
            explanations.put(c.ruleId(), explanation);
            return explanation;
        }).setHeader(getTranslation("check.explanation")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        summary.setId("eligibility-summary");
        Button run = new Button(getTranslation("check.run"), Icons.create(VaadinIcon.CHECK_SQUARE_O), e -> {
            if (editable && !saveDraft.getAsBoolean()) {
                return;
            }
            fill(null);
        });
        run.setId("eligibility-run");
        add(new HorizontalLayout(run, summary), grid);
        fill(d.eligibility());
    }

    /** The warnings' explanations as typed now, by their rule. */
    Map<String, TextField> explanations() {
        return explanations;
    }

    /** Shows the check the detail came with, else runs it (a saved draft, the check asked for again). */
    private void fill(@Nullable EligibilityReport checked) {
        try {
            explanations.clear();
            EligibilityReport report = checked != null ? checked : applications.eligibility(id);
            grid.setItems(report.checks());
            summary.setText(report.passed() ? getTranslation("check.passed")
                    : getTranslation("check.blocked", Integer.toString(report.blocking().size())));
            summary.getElement().setAttribute("theme", report.passed() ? "success" : "error");
        } catch (RuntimeException e) {
            summary.setText(Messages.describe(this, e));
        }
    }
}

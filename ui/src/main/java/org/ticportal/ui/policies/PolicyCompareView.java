package org.ticportal.ui.policies;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.policy.ComparisonRow;
import org.ticportal.core.policy.PolicyComparisonService;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;

/**
 * 政策对比: two running policies side by side — identity, naming, catalogs, eligibility rules matched by what they are
 * about, procedure, notice, evaluation, changes and settings — with their differences highlighted.
 */
@Route("policies/compare")
@Menu(title = "nav.compare", order = 26, icon = "vaadin:split-h")
@RolesAllowed({"ADMIN", "BUREAU"})
public class PolicyCompareView extends VerticalLayout implements HasDynamicTitle {

    private final PolicyComparisonService comparison;
    private final Grid<ComparisonRow> grid = new Grid<>();
    private final Select<StartedPolicy> left = new Select<>();
    private final Select<StartedPolicy> right = new Select<>();
    private final Checkbox differencesOnly = new Checkbox();
    private final Paragraph summary = new Paragraph();
    private List<ComparisonRow> rows = List.of();

    PolicyCompareView(PolicyService policies, PolicyComparisonService comparison) {
        this.comparison = comparison;
        addClassName("compare-view");
        setSizeFull();
        Locale locale = getLocale();
        List<StartedPolicy> all = policies.startedPolicies();
        for (Select<StartedPolicy> s : List.of(left, right)) {
            s.setItems(all);
            s.setItemLabelGenerator(p -> p.identity().jurisdiction().get(locale) + " · " + p.identity().title()
                    .get(locale));
            s.setWidth("min(26em, 100%)");
            s.addValueChangeListener(e -> compare());
        }
        left.setId("compare-left");
        left.setLabel(getTranslation("compare.left"));
        right.setId("compare-right");
        right.setLabel(getTranslation("compare.right"));
        differencesOnly.setId("compare-differences");
        differencesOnly.setLabel(getTranslation("compare.differencesOnly"));
        differencesOnly.addValueChangeListener(e -> show());
        summary.setId("compare-summary");

        grid.setId("compare-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(r -> getTranslation("compare.section." + r.section())).setHeader(getTranslation("compare.section"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.aspect().get(getLocale())).setHeader(getTranslation("compare.aspect")).setFlexGrow(1);
        grid.addColumn(r -> r.left().get(getLocale())).setHeader(getTranslation("compare.left")).setFlexGrow(3)
                .setKey("left");
        grid.addColumn(r -> r.right().get(getLocale())).setHeader(getTranslation("compare.right")).setFlexGrow(3)
                .setKey("right");
        grid.setPartNameGenerator(r -> r.differs() ? "differs" : null);
        grid.setSizeFull();

        HorizontalLayout pickers = new HorizontalLayout(left, right, differencesOnly);
        pickers.setAlignItems(Alignment.BASELINE);
        pickers.setWidthFull();
        pickers.setWrap(true);
        add(pickers, summary, grid);
        expand(grid);
        if (all.size() >= 2) {
            left.setValue(all.get(0));
            right.setValue(all.get(1));
        } else if (all.size() == 1) {
            left.setValue(all.get(0));
        }
    }

    private void compare() {
        if (left.getValue() == null || right.getValue() == null) {
            rows = List.of();
            show();
            return;
        }
        try {
            rows = comparison.compare(left.getValue().policyId(), right.getValue().policyId());
        } catch (RuntimeException e) {
            rows = List.of();
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
        show();
    }

    private void show() {
        List<ComparisonRow> shown = differencesOnly.getValue() ? rows.stream().filter(ComparisonRow::differs).toList()
                : rows;
        grid.setItems(shown);
        long differences = rows.stream().filter(ComparisonRow::differs).count();
        summary.setText(rows.isEmpty() ? getTranslation("compare.choose")
                : getTranslation("compare.summary", Long.toString(differences), Integer.toString(rows.size())));
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.compare");
    }
}

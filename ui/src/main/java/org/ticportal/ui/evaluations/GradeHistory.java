package org.ticportal.ui.evaluations;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;

import org.ticportal.core.evaluation.EvaluationViews;
import org.ticportal.ui.base.Formats;

/** A center's grade history (评估记录): its decided evaluations with score, grade, outcome and reason. */
public final class GradeHistory {

    private GradeHistory() {
    }

    /** The section for a center's page; says so when the center has not been evaluated yet. */
    public static Component of(Component owner, List<EvaluationViews.Grade> grades, Locale locale) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("center-grade-history");
        box.add(new H3(owner.getTranslation("evaluations.gradeHistory")));
        if (grades.isEmpty()) {
            Span none = new Span(owner.getTranslation("evaluations.gradeHistory.none"));
            none.setId("center-grade-history-none");
            box.add(none);
            return box;
        }
        Grid<EvaluationViews.Grade> grid = new Grid<>();
        grid.setId("center-grade-grid");
        // the outcome with its flags and the policy's reason are sentences: shown whole, not cut off
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(g -> Formats.date(g.decidedOn(), locale)).setHeader(owner.getTranslation(
                "evaluations.evaluatedOn"));
        grid.addColumn(EvaluationViews.Grade::roundTitle).setHeader(owner.getTranslation("evaluations.round"));
        grid.addColumn(g -> g.score() == null ? owner.getTranslation("evaluations.noScore") : g.score().toPlainString())
                .setHeader(owner.getTranslation("evaluations.score"));
        grid.addColumn(g -> g.grade().get(locale)).setHeader(owner.getTranslation("evaluations.grade"));
        grid.addColumn(g -> owner.getTranslation("evaluations.outcome." + g.outcome().name())
                + (g.outstanding() ? " · " + owner.getTranslation("evaluations.outstanding") : "")
                + (g.recommendUpward() ? " · " + owner.getTranslation("evaluations.recommendUpward") : "")
                + (g.recheckPassed() == null ? "" : " · " + owner.getTranslation(g.recheckPassed()
                ? "evaluations.recheck.passed" : "evaluations.recheck.failed")))
                .setHeader(owner.getTranslation("evaluations.outcome"));
        grid.addColumn(g -> g.reason().get(locale)).setHeader(owner.getTranslation("evaluations.reason"))
                .setFlexGrow(3);
        grid.setItems(grades);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> owner.getUI().ifPresent(ui -> ui.navigate(EvaluationView.class,
                new RouteParameters("id", Long.toString(e.getItem().evaluationId())))));
        box.add(grid);
        return box;
    }
}

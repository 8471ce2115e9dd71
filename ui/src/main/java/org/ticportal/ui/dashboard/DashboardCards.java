package org.ticportal.ui.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.GroupCount;

/**
 * The cards of a {@link DashboardView}'s overviews, in the language of the overview that shows them: a figure (its
 * number, what it counts, a detail line) that opens the grid filtered to exactly what it counts, and a chart card (an
 * Apache ECharts chart, {@link EChart}) each of whose bars or slices opens the grid filtered to it.
 */
final class DashboardCards {

    private final Component owner;

    /** @param owner the overview the cards are shown on: their translations, and the UI a click navigates */
    DashboardCards(Component owner) {
        this.owner = owner;
    }

    /** Marks a figure of work past its time limit. */
    static Component overdueFigure(Component figure) {
        figure.getElement().getClassList().add("figure-overdue");
        return figure;
    }

    static Div figures(Component... figures) {
        Div div = new Div(figures);
        div.addClassName("dashboard-figures");
        return div;
    }

    /** A figure: its number, what it counts, a detail line; a click opens the route (none for an empty route). */
    Component figure(String id, String labelKey, long value, @Nullable String detail, String route) {
        Span number = new Span(Long.toString(value));
        number.addClassName("figure-value");
        Span label = new Span(owner.getTranslation(labelKey));
        label.addClassName("figure-label");
        Div box = new Div(number, label);
        if (value > 0) {
            box.addClassName("figure-nonzero");
        }
        if (detail != null) {
            Span more = new Span(detail);
            more.addClassName("figure-detail");
            box.add(more);
        }
        box.addClassName("dashboard-figure");
        box.setId(id);
        if (!route.isEmpty()) {
            Anchor link = new Anchor(route, "");
            link.add(box);
            link.addClassName("figure-link");
            return link;
        }
        return box;
    }

    /** A chart card: its title and the chart (or a line saying there is nothing yet), each element a filtered grid. */
    Component chart(String id, String titleKey, List<GroupCount> counts, String option,
                    Function<GroupCount, Map<String, String>> parameters, String route) {
        Div card = new Div(new H3(owner.getTranslation(titleKey)));
        card.addClassName("chart-card");
        if (counts.isEmpty()) {
            Paragraph none = new Paragraph(owner.getTranslation("dashboard.chart.empty"));
            none.addClassName("field-help");
            none.setId(id + "-empty");
            card.add(none);
            return card;
        }
        EChart<GroupCount> chart = new EChart<>(option, counts, c -> owner.getUI().ifPresent(ui ->
                ui.navigate(route, QueryParameters.simple(parameters.apply(c)))));
        chart.setId(id);
        card.add(chart);
        return card;
    }

    /** The parameter for a center's code; none for centers that name no value (the grid cannot filter by absence). */
    static Map<String, String> codeOf(String parameter, GroupCount count) {
        Map<String, String> query = new LinkedHashMap<>();
        if (!count.code().isEmpty()) {
            query.put(parameter, count.code());
        }
        return query;
    }
}

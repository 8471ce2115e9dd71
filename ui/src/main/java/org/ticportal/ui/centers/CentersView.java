package org.ticportal.ui.centers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.center.CenterChoice;
import org.ticportal.core.center.CenterChoices;
import org.ticportal.core.center.CenterFilter;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.CenterStatus;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.evaluation.EvaluationStatistics;
import org.ticportal.ui.base.AddressFilterNote;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.ViewTitles;

/**
 * 技术创新中心: the recognised centers the user may see (administrators all, bureau staff their jurisdiction's, a county
 * body those it supervises, an applicant unit its own), paged, sorted and filtered in the database; a click opens the
 * center.
 */
@Route("centers")
@Menu(title = "nav.centers", order = 8, icon = "vaadin:institution")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY", "APPLICANT"})
public class CentersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Query parameters that open the grid filtered (the dashboard's charts: {@code ?type=…&cluster=…}). */
    public static final String FILTER_TYPE = "type";
    public static final String FILTER_CLUSTER = "cluster";
    public static final String FILTER_DIVISION = "division";
    public static final String FILTER_STATUS = "status";
    /** Query parameter that opens the grid on the centers falling due for evaluation within days ({@code =90}). */
    public static final String FILTER_EVALUATION_DUE = "evaluationDue";
    private final Map<String, Select<?>> filters = new java.util.HashMap<>();
    private final FilterGrid<CenterRow, CenterFilter> grid;
    private final EvaluationStatistics evaluations;
    private final PortalTime time;
    private final AddressFilterNote addressNote = new AddressFilterNote("centers");

    CentersView(CenterService centers, CenterChoices choices, EvaluationStatistics evaluations, PortalTime time) {
        this.evaluations = evaluations;
        this.time = time;
        addClassName("centers-view");
        setSizeFull();
        Locale locale = getLocale();
        grid = new FilterGrid<>(CenterFilter.ALL, centers::list, centers::count);
        grid.setId("centers-grid");
        var name = grid.addColumn("centers.name", CenterRow::name, "name").setFlexGrow(3);
        var type = grid.addColumn("centers.type", c -> c.typeName() == null ? "" : c.typeName().get(locale),
                "typeNameZh");
        var unit = grid.addColumn("centers.leadUnit", CenterRow::leadUnitName, "leadUnitName").setFlexGrow(2);
        var cluster = grid.addColumn("centers.cluster", c -> c.clusterName() == null ? "" : c.clusterName().get(locale),
                "clusterNameZh");
        List<CenterChoice> divisions = choices.divisions();
        Map<String, String> divisionNames = divisions.stream()
                .collect(Collectors.toMap(CenterChoice::code, d -> d.name().get(locale), (a, b) -> a));
        var division = grid.addColumn("centers.division",
                c -> divisionNames.getOrDefault(c.recommendingBodyCode(), c.recommendingBodyCode()),
                "recommendingBodyCode");
        var date = grid.addColumn("centers.recognizedOn", c -> Formats.date(c.recognizedOn(), locale),
                "recognizedOn");
        var number = grid.addColumn("centers.number", CenterRow::decisionNumber, "decisionNumber");
        var status = grid.addColumn("centers.status", c -> getTranslation("centers.status." + c.status().name()),
                "status");
        grid.textFilter(name, CenterFilter::withText).setId("centers-name-filter");
        grid.textFilter(number, CenterFilter::withNumber).setId("centers-number-filter");
        filters.put(FILTER_STATUS, grid.selectFilter(status, List.of(CenterStatus.values()),
                s -> getTranslation("centers.status." + s.name()), CenterFilter::withStatus));
        filters.put(FILTER_TYPE, grid.selectFilter(type, choices.types(), t -> t.name().get(locale),
                (f, t) -> f.withType(t == null ? null : t.code())));
        filters.put(FILTER_CLUSTER, grid.selectFilter(cluster, choices.clusters(), k -> k.name().get(locale),
                (f, k) -> f.withCluster(k == null ? null : k.code())));
        filters.put(FILTER_DIVISION, grid.selectFilter(division, divisions, d -> d.name().get(locale),
                (f, d) -> f.withDivision(d == null ? null : d.code())));
        filters.forEach((key, select) -> select.setId("centers-" + key + "-filter"));
        unit.setTooltipGenerator(CenterRow::leadUnitName);
        grid.sort(List.of(new GridSortOrder<>(date, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CenterView.class,
                new RouteParameters("id", Long.toString(e.getItem().id())))));
        Paragraph help = new Paragraph(getTranslation("centers.help"));
        help.addClassName("field-help");
        HorizontalLayout toolbar = new HorizontalLayout(grid.columnChooser(), grid.exportButton("nav.centers"), grid.viewsButton("centers"));
        toolbar.addClassName("view-toolbar");
        add(toolbar, help, addressNote, grid);
        expand(grid);
    }

    /**
     * Sets the type, cluster, division and status filters from the query, each by its code when given, and the
     * centers falling due for evaluation ({@link #FILTER_EVALUATION_DUE}), said above the grid.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        filters.forEach((name, select) -> query.getOrDefault(name, List.of()).stream().findFirst()
                .ifPresent(code -> choose(select, code)));
        int days = query.getOrDefault(FILTER_EVALUATION_DUE, List.of()).stream().findFirst().map(value -> {
            try {
                return Math.max(0, Integer.parseInt(value));
            } catch (NumberFormatException e) {
                return -1; // not a number of days: no filter
            }
        }).orElse(-1);
        if (days >= 0 || grid.getFilter().evaluationDue() != null) {
            grid.setFilter(grid.getFilter().withEvaluationDue(days < 0 ? null : evaluations.dueRules(days)));
        }
        addressNote.show(days < 0 ? null : getTranslation("dashboard.filter.centersDue", days,
                Formats.date(time.today().plusDays(days), getLocale())));
    }

    private static <E> void choose(Select<E> select, String code) {
        select.getListDataView().getItems().filter(item -> code.equals(item instanceof CenterChoice c ? c.code()
                : item instanceof CenterStatus s ? s.name() : null)).findFirst().ifPresent(select::setValue);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.centers");
    }
}

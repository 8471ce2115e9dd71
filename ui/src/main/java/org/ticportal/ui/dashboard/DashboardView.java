package org.ticportal.ui.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.application.ApplicationStatistics;
import org.ticportal.core.center.CenterStatistics;
import org.ticportal.core.common.GroupCount;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.evaluation.EvaluationStatistics;
import org.ticportal.core.export.TableExport;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.base.ViewTitles;

/**
 * 统计看板: for administrators, bureau staff and county reviewers, what matters to each within their scope — how many
 * applications and centers, the evaluations falling due within {@value #DUE_DAYS} days, the work past its time limit —
 * and charts of the applications by stage and call and of the centers by type, cluster, division and status, each bar
 * or slice opening the grid filtered to it. The 汇总表 tab holds the statistical tables a bureau reports upward
 * ({@link SummaryTables}).
 */
@Route("dashboard")
@Menu(title = "nav.dashboard", order = 0.5, icon = "vaadin:bar-chart")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY"})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    /** 我的待办 (the landing page), where overdue work is marked 已超期. */
    private static final String INBOX = "./";

    /** How far ahead the dashboard looks for evaluations falling due. */
    static final int DUE_DAYS = 90;

    /** The query parameters the grids read (申报管理, 技术创新中心). */
    public static final String STAGE = "stage";
    public static final String CALL = "callId";
    public static final String TYPE = "type";
    public static final String CLUSTER = "cluster";
    public static final String DIVISION = "division";
    public static final String STATUS = "status";

    DashboardView(ApplicationStatistics applications, CenterStatistics centers, EvaluationStatistics evaluations,
                  TableExport export, UserService users, JurisdictionPolicyService jurisdictions,
                  PolicyService policies, PortalTime time) {
        addClassName("dashboard-view");
        setWidthFull();
        Locale locale = getLocale();
        List<GroupCount> stages = applications.byStage();
        List<GroupCount> calls = applications.byCall();
        List<GroupCount> types = centers.byType();
        List<GroupCount> clusters = centers.byCluster();
        List<GroupCount> divisions = centers.byDivision();
        List<GroupCount> statuses = centers.byStatus();
        long centersDue = evaluations.centersDueWithin(DUE_DAYS);
        long stepsDue = evaluations.stepsDueWithin(DUE_DAYS);
        long applicationsOverdue = applications.overdue();
        long evaluationsOverdue = evaluations.overdue();

        Div figures = new Div(
                figure("dashboard-applications", "dashboard.figure.applications", GroupCount.total(stages),
                        null, "applications"),
                figure("dashboard-centers", "dashboard.figure.centers", GroupCount.total(statuses), null, "centers"),
                figure("dashboard-due", "dashboard.figure.due", centersDue + stepsDue,
                        getTranslation("dashboard.figure.due.detail", DUE_DAYS, centersDue, stepsDue), "evaluations"),
                figure("dashboard-overdue", "dashboard.figure.overdue", applicationsOverdue + evaluationsOverdue,
                        getTranslation("dashboard.figure.overdue.detail", applicationsOverdue, evaluationsOverdue),
                        INBOX));
        figures.addClassName("dashboard-figures");

        Div charts = new Div(
                chart("chart-applications-stage", "dashboard.chart.applicationsByStage", stages,
                        ChartOptions.bars(stages, locale), c -> Map.of(STAGE, c.code()), "applications"),
                chart("chart-applications-call", "dashboard.chart.applicationsByCall", calls,
                        ChartOptions.bars(calls, locale), c -> Map.of(CALL, c.code().isEmpty()
                                ? Long.toString(ApplicationFilter.OUTSIDE_CALLS) : c.code()), "applications"),
                chart("chart-centers-type", "dashboard.chart.centersByType", types, ChartOptions.ring(types, locale),
                        c -> codeOf(TYPE, c), "centers"),
                chart("chart-centers-status", "dashboard.chart.centersByStatus", statuses,
                        ChartOptions.ring(statuses, locale), c -> codeOf(STATUS, c), "centers"),
                chart("chart-centers-cluster", "dashboard.chart.centersByCluster", clusters,
                        ChartOptions.bars(clusters, locale), c -> codeOf(CLUSTER, c), "centers"),
                chart("chart-centers-division", "dashboard.chart.centersByDivision", divisions,
                        ChartOptions.bars(divisions, locale), c -> codeOf(DIVISION, c), "centers"));
        charts.addClassName("dashboard-charts");

        VerticalLayout overview = new VerticalLayout(figures, charts);
        overview.setPadding(false);
        overview.setId("dashboard-overview");
        TabSheet tabs = new TabSheet();
        tabs.setId("dashboard-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("dashboard.tab.overview"), overview);
        tabs.add(getTranslation("dashboard.tab.tables"), new SummaryTables(applications, centers, evaluations, export, users, jurisdictions, policies,
                time));
        add(tabs);
    }

    /** A figure: its number, what it counts, a detail line; a click opens the route (none for an empty route). */
    private Component figure(String id, String labelKey, long value, @Nullable String detail, String route) {
        Span number = new Span(Long.toString(value));
        number.addClassName("figure-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Div box = new Div(number, label);
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
    private Component chart(String id, String titleKey, List<GroupCount> counts, String option,
                            Function<GroupCount, Map<String, String>> parameters, String route) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.addClassName("chart-card");
        if (counts.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.chart.empty"));
            none.addClassName("field-help");
            none.setId(id + "-empty");
            card.add(none);
            return card;
        }
        EChart<GroupCount> chart = new EChart<>(option, counts, c -> getUI().ifPresent(ui ->
                ui.navigate(route, QueryParameters.simple(parameters.apply(c)))));
        chart.setId(id);
        card.add(chart);
        return card;
    }

    /** The parameter for a center's code; none for centers that name no value (the grid cannot filter by absence). */
    private static Map<String, String> codeOf(String parameter, GroupCount count) {
        Map<String, String> query = new LinkedHashMap<>();
        if (!count.code().isEmpty()) {
            query.put(parameter, count.code());
        }
        return query;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.dashboard");
    }
}

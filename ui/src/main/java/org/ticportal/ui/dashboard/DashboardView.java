package org.ticportal.ui.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.application.ApplicationStatistics;
import org.ticportal.core.audit.AuditStatistics;
import org.ticportal.core.center.CenterStatistics;
import org.ticportal.core.common.GroupCount;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.evaluation.EvaluationStatistics;
import org.ticportal.core.expert.ExpertStatistics;
import org.ticportal.core.export.TableExport;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.change.ChangeRequestFilter;
import org.ticportal.core.change.ChangeRequestQueries;
import org.ticportal.core.change.ChangeRequestState;
import org.ticportal.core.report.AnnualReportFilter;
import org.ticportal.core.report.AnnualReportService;
import org.ticportal.core.report.ReportState;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.base.ViewTitles;

/**
 * 统计看板: what matters to each role within its scope, counted in the database — for administrators and bureau staff
 * the program (applications, centers, the evaluations falling due within {@value #DUE_DAYS} days, the work past its
 * time limit) and what waits for the bureau (re-checks, panels, decisions, notices: the applications waiting for its
 * steps, by stage); for a county reviewer the same within its county, what waits for its recommendation first, no
 * chart of the divisions it does not supervise; for an applicant unit its own applications, what waits for it, its
 * centers, their evaluations and annual reports and its open change requests; for an expert (评审专家) their own panel
 * seats by state, those past the time limit, and the evaluations they have still to score; for an auditor (审计员) the
 * audit trail of the last {@value #AUDIT_DAYS} days by action. Each figure opens the grid filtered to exactly what it
 * counts (e.g. {@code evaluations?due=90}, {@code applications?overdue=1}, {@code centers?evaluationDue=90},
 * {@code expert?overdue=1}, {@code admin/audit?action=LOGIN_FAILED&from=…&to=…}), each bar or slice the grid filtered
 * to it ({@link DashboardCards}); an expert's and an auditor's overviews are their own ({@link ExpertOverview},
 * {@link AuditorOverview}). The 汇总表 tab holds the statistical tables staff report upward ({@link SummaryTables}).
 */
@Route("dashboard")
@Menu(title = "nav.dashboard", order = 0.5, icon = "vaadin:bar-chart")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY", "APPLICANT", "EXPERT", "AUDITOR"})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    /** 我的待办 (the landing page), where the waiting work is listed. */
    private static final String INBOX = "./";

    /** How far ahead the dashboard looks for evaluations falling due. */
    public static final int DUE_DAYS = 90;

    /** How many days back (today included) an auditor's dashboard counts the audit trail. */
    public static final int AUDIT_DAYS = 30;

    /** The query parameters the grids read (申报管理, 技术创新中心, 绩效评估). */
    public static final String STAGE = "stage";
    public static final String CALL = "callId";
    public static final String TYPE = "type";
    public static final String CLUSTER = "cluster";
    public static final String DIVISION = "division";
    public static final String STATUS = "status";
    /** 申报管理 and 绩效评估: only what is past its time limit today ({@code overdue=1}). */
    public static final String OVERDUE = "overdue";
    /**
     * 申报管理: only the applications waiting for the user ({@code waiting=1}, with {@link #STAGE}), exactly what a bar
     * of 待我处理 counts.
     */
    public static final String WAITING = "waiting";
    /** 绩效评估: only running evaluations whose step's time limit ends within the days ({@code due=90}). */
    public static final String DUE = "due";
    /** 技术创新中心: only centers falling due for evaluation within the days ({@code evaluationDue=90}). */
    public static final String EVALUATION_DUE = "evaluationDue";

    private final ApplicationStatistics applications;
    private final CenterStatistics centers;
    private final EvaluationStatistics evaluations;
    private final Locale locale;
    private final DashboardCards cards = new DashboardCards(this);

    DashboardView(ApplicationStatistics applications, CenterStatistics centers, EvaluationStatistics evaluations,
                  ExpertStatistics experts, AuditStatistics audit, AnnualReportService reports,
                  ChangeRequestQueries changes, TableExport export, UserService users,
                  JurisdictionPolicyService jurisdictions, PolicyService policies, PortalTime time) {
        this.applications = applications;
        this.centers = centers;
        this.evaluations = evaluations;
        this.locale = getLocale();
        addClassName("dashboard-view");
        setWidthFull();
        Role role = users.currentScope().role();
        if (role == Role.EXPERT || role == Role.AUDITOR) {
            VerticalLayout overview = role == Role.EXPERT ? new ExpertOverview(experts, evaluations)
                    : new AuditorOverview(audit, policies, time.today());
            overview.setId("dashboard-overview");
            add(overview);
            return;
        }
        if (role == Role.APPLICANT) {
            VerticalLayout overview = applicantOverview(reports, changes);
            overview.setId("dashboard-overview");
            add(overview);
            return;
        }
        VerticalLayout overview = staffOverview(role);
        overview.setId("dashboard-overview");
        TabSheet tabs = new TabSheet();
        tabs.setId("dashboard-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("dashboard.tab.overview"), overview);
        tabs.add(getTranslation("dashboard.tab.tables"), new SummaryTables(applications, centers, evaluations, export,
                users, jurisdictions, policies, time));
        add(tabs);
    }

    /**
     * Administrators, bureau staff and county reviewers: what waits for their steps (bureau, county), then the
     * program within their scope; a county sees no chart of divisions (it supervises one).
     */
    private VerticalLayout staffOverview(Role role) {
        List<GroupCount> waiting = role == Role.ADMIN ? List.of() : applications.waitingByStage();
        List<GroupCount> stages = applications.byStage();
        List<GroupCount> calls = applications.byCall();
        List<GroupCount> types = centers.byType();
        List<GroupCount> clusters = centers.byCluster();
        List<GroupCount> statuses = centers.byStatus();
        boolean county = role == Role.COUNTY;

        // an administrator takes no step of the procedures: nothing waits for it
        boolean acts = role != Role.ADMIN;
        Div figures = DashboardCards.figures();
        if (acts) {
            figures.add(cards.figure("dashboard-waiting", county ? "dashboard.figure.waiting.county"
                    : "dashboard.figure.waiting", GroupCount.total(waiting),
                    getTranslation("dashboard.figure.waiting.detail"), INBOX));
        }
        // what needs action first, then the program
        figures.add(applicationsOverdue(), evaluationsOverdue(), stepsDue(),
                cards.figure("dashboard-applications", "dashboard.figure.applications", GroupCount.total(stages),
                        null, "applications"),
                cards.figure("dashboard-centers", "dashboard.figure.centers", GroupCount.total(statuses), null,
                        "centers"),
                centersDue());

        Div charts = new Div();
        if (acts) {
            charts.add(cards.chart("chart-waiting-stage", county ? "dashboard.chart.waitingByStage.county"
                            : "dashboard.chart.waitingByStage", waiting, ChartOptions.bars(waiting, locale),
                    c -> Map.of(STAGE, c.code(), WAITING, "1"), "applications"));
        }
        charts.add(
                cards.chart("chart-applications-stage", "dashboard.chart.applicationsByStage", stages,
                        ChartOptions.bars(stages, locale), c -> Map.of(STAGE, c.code()), "applications"),
                cards.chart("chart-applications-call", "dashboard.chart.applicationsByCall", calls,
                        ChartOptions.bars(calls, locale), c -> Map.of(CALL, c.code().isEmpty()
                                ? Long.toString(ApplicationFilter.OUTSIDE_CALLS) : c.code()), "applications"),
                cards.chart("chart-centers-type", "dashboard.chart.centersByType", types,
                        ChartOptions.ring(types, locale), c -> DashboardCards.codeOf(TYPE, c), "centers"),
                cards.chart("chart-centers-status", "dashboard.chart.centersByStatus", statuses,
                        ChartOptions.ring(statuses, locale), c -> DashboardCards.codeOf(STATUS, c), "centers"),
                cards.chart("chart-centers-cluster", "dashboard.chart.centersByCluster", clusters,
                        ChartOptions.bars(clusters, locale), c -> DashboardCards.codeOf(CLUSTER, c), "centers"));
        if (!county) {
            List<GroupCount> divisions = centers.byDivision();
            charts.add(cards.chart("chart-centers-division", "dashboard.chart.centersByDivision", divisions,
                    ChartOptions.bars(divisions, locale), c -> DashboardCards.codeOf(DIVISION, c), "centers"));
        }
        charts.addClassName("dashboard-charts");
        VerticalLayout overview = new VerticalLayout(figures, charts);
        overview.setPadding(false);
        return overview;
    }

    /**
     * An applicant unit: what waits for it (applications, annual reports still to submit, change requests under
     * way, evaluations past their time limit), then its own applications, its centers and their evaluations falling
     * due.
     */
    private VerticalLayout applicantOverview(AnnualReportService reports, ChangeRequestQueries changes) {
        List<GroupCount> waiting = applications.waitingByStage();
        List<GroupCount> stages = applications.byStage();
        List<GroupCount> statuses = centers.byStatus();
        long reportsOpen = reports.count(AnnualReportFilter.ALL.withState(ReportState.RETURNED))
                + reports.count(AnnualReportFilter.ALL.withState(ReportState.DRAFT));
        long changesOpen = changes.count(ChangeRequestFilter.NONE.withState(ChangeRequestState.REVIEWING))
                + changes.count(ChangeRequestFilter.NONE.withState(ChangeRequestState.RETURNED));

        // what waits for the unit first, then its applications, centers and their evaluations
        Div figures = DashboardCards.figures(
                cards.figure("dashboard-waiting", "dashboard.figure.waiting.unit", GroupCount.total(waiting),
                        getTranslation("dashboard.figure.waiting.detail"), INBOX),
                cards.figure("dashboard-reports", "dashboard.figure.reports", reportsOpen,
                        getTranslation("dashboard.figure.reports.detail"), "annual-reports"),
                cards.figure("dashboard-changes", "dashboard.figure.changes", changesOpen,
                        getTranslation("dashboard.figure.changes.detail"), "changes"),
                evaluationsOverdue(),
                cards.figure("dashboard-applications", "dashboard.figure.applications.unit", GroupCount.total(stages),
                        null, "applications"),
                cards.figure("dashboard-centers", "dashboard.figure.centers.unit", GroupCount.total(statuses), null,
                        "centers"),
                centersDue(), stepsDue());

        Div charts = new Div(
                cards.chart("chart-applications-stage", "dashboard.chart.applicationsByStage.unit", stages,
                        ChartOptions.bars(stages, locale), c -> Map.of(STAGE, c.code()), "applications"),
                cards.chart("chart-centers-status", "dashboard.chart.centersByStatus.unit", statuses,
                        ChartOptions.ring(statuses, locale), c -> DashboardCards.codeOf(STATUS, c), "centers"));
        charts.addClassName("dashboard-charts");
        VerticalLayout overview = new VerticalLayout(figures, charts);
        overview.setPadding(false);
        return overview;
    }

    /** The centers falling due for evaluation within {@value #DUE_DAYS} days: 技术创新中心 filtered to them. */
    private Component centersDue() {
        return cards.figure("dashboard-due", "dashboard.figure.due", evaluations.centersDueWithin(DUE_DAYS),
                getTranslation("dashboard.figure.due.detail", DUE_DAYS),
                "centers?" + EVALUATION_DUE + "=" + DUE_DAYS);
    }

    /** The running evaluations whose step ends within {@value #DUE_DAYS} days: 绩效评估 filtered to them. */
    private Component stepsDue() {
        return cards.figure("dashboard-steps-due", "dashboard.figure.stepsDue", evaluations.stepsDueWithin(DUE_DAYS),
                getTranslation("dashboard.figure.stepsDue.detail", DUE_DAYS), "evaluations?" + DUE + "=" + DUE_DAYS);
    }

    /** The running applications past their stage's time limit: 申报管理 filtered to them. */
    private Component applicationsOverdue() {
        return DashboardCards.overdueFigure(cards.figure("dashboard-overdue", "dashboard.figure.overdue",
                applications.overdue(), getTranslation("dashboard.figure.overdue.detail"),
                "applications?" + OVERDUE + "=1"));
    }

    /** The running evaluations past their step's time limit: 绩效评估 filtered to them. */
    private Component evaluationsOverdue() {
        return DashboardCards.overdueFigure(cards.figure("dashboard-evaluations-overdue",
                "dashboard.figure.evaluationsOverdue", evaluations.overdue(),
                getTranslation("dashboard.figure.evaluationsOverdue.detail"),
                "evaluations?" + OVERDUE + "=1"));
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.dashboard");
    }
}

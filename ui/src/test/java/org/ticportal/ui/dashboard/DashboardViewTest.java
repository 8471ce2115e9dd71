package org.ticportal.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationGrid;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.application.StageOption;
import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.center.CenterChoice;
import org.ticportal.core.center.CenterFilter;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.evaluation.EvaluationViews;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.common.GroupCount;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditFilter;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.expert.PanelDrawService;
import org.ticportal.core.expert.PanelViews;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.CenterSamples;
import org.ticportal.ui.ExpertSamples;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.XinzhouSamples;
import org.ticportal.ui.applications.ApplicationsView;
import org.ticportal.ui.audit.AuditView;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.centers.CentersView;
import org.ticportal.ui.evaluations.EvaluationsView;
import org.ticportal.ui.experts.ExpertHomeView;

/**
 * 统计看板 as each role meets it: the bureau what waits for it and the program, a county reviewer what waits for its
 * recommendation within its county (no chart of divisions), an applicant unit its own applications, centers,
 * evaluations, reports and change requests (no 汇总表). The charts hold the counts of the user's scope with the
 * policies' names, a click on a bar or slice opens the grid filtered to it (the filter shown in its header), a due or
 * overdue figure opens the grid filtered to exactly the rows it counts, and the 汇总表 tab lists the statistical
 * tables with their totals and offers the Excel export. An expert sees their own assignments (a slice of a state
 * opens 我的评审任务 filtered to it, 评审已超期 to those past the time limit) and the evaluations they have to score; an
 * auditor the audit trail of the last 30 days by action, a bar opening 审计记录 filtered to the action and period.
 */
class DashboardViewTest extends ViewTestBase {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationGrid applicationGrid;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeService publicNotices;
    @Autowired
    NoticeCloser notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CenterService centers;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    PortalTime time;
    @Autowired
    PanelDrawService draws;
    @Autowired
    AuditService audit;

    @Test
    @WithUserDetails("expert")
    void anExpertSeesTheirOwnAssignmentsAndASliceOpensThemFilteredToItsState() {
        long id = ExpertSamples.atExpertArgumentation(security, applications, attachments, checklist);
        Acting.as(security, "bureau", Role.BUREAU, () -> draws.draw(id, 5L));
        String reference = Acting.as(security, "bureau", Role.BUREAU, () -> applications.get(id)).row()
                .referenceNo();

        navigate(DashboardView.class);

        assertThat(figureIds()).containsExactly("dashboard-seats-drawn", "dashboard-seats-declared",
                "dashboard-seats-overdue", "dashboard-to-score", "dashboard-scores-overdue", "dashboard-seats");
        assertThat(figureLabel("dashboard-seats-drawn")).isEqualTo("待回避声明（项）");
        assertThat(figureValue("dashboard-seats-drawn")).isPositive();
        assertThat(figureHref("dashboard-seats-drawn")).isEqualTo("expert?state=DRAWN");
        assertThat(figureHref("dashboard-seats-overdue")).isEqualTo("expert?overdue=1");
        assertThat(figureHref("dashboard-to-score")).isEqualTo("evaluations?toScore=1");
        assertThat(figureHref("dashboard-scores-overdue")).isEqualTo("evaluations?toScore=1&overdue=1");
        assertThat(find(TabSheet.class).withId("dashboard-tabs").exists()).as("no tables to report upward").isFalse();
        for (String programChart : List.of("chart-applications-stage", "chart-centers-status",
                "chart-waiting-stage")) {
            assertThat(find(EChart.class).withId(programChart).exists()).as(programChart).isFalse();
        }
        EChart<GroupCount> states = chart("chart-seats-state");
        int drawn = indexOf(states, "待声明");
        long counted = states.getElements().get(drawn).count();
        assertThat(counted).isEqualTo(figureValue("dashboard-seats-drawn"));
        assertThat(states.getOption()).contains("\"type\":\"pie\"");

        states.click(drawn);

        assertThat(getCurrentView()).isInstanceOf(ExpertHomeView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("state", List.of("DRAWN"));
        Grid<PanelViews.Assignment> grid = assignments();
        assertThat(rows(grid)).hasSize((int) counted).extracting(PanelViews.Assignment::referenceNo)
                .contains(reference);
        assertThat(rows(grid)).allSatisfy(a -> assertThat(a.state().name()).isEqualTo("DRAWN"));
        Div note = find(Div.class).withId("address-filter-note").single();
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getElement().getTextRecursively()).contains("待声明");
    }

    @Test
    @WithUserDetails("expert")
    void anExpertsOverdueFigureOpensExactlyTheAssignmentsPastTheTimeLimit() {
        long id = ExpertSamples.atExpertArgumentation(security, applications, attachments, checklist);
        Acting.as(security, "bureau", Role.BUREAU, () -> draws.draw(id, 5L));
        jdbc.update("update recognition_application set stage_due = ? where id = ?", time.today().minusDays(2), id);

        navigate(DashboardView.class);
        long shown = figureValue("dashboard-seats-overdue");
        assertThat(shown).isPositive();
        open(figureHref("dashboard-seats-overdue"));

        assertThat(getCurrentView()).isInstanceOf(ExpertHomeView.class);
        assertThat(rows(assignments())).hasSize((int) shown).extracting(PanelViews.Assignment::applicationId)
                .contains(id);
        Div note = find(Div.class).withId("address-filter-note").single();
        assertThat(note.isVisible()).isTrue();
        // 显示全部: every assignment again
        UI.getCurrent().navigate(ExpertHomeView.class);
        assertThat(note.isVisible()).isFalse();
        assertThat(rows(assignments()).size()).isGreaterThanOrEqualTo((int) shown);

        // the evaluations they have to score: 绩效评估 filtered to exactly those
        navigate(DashboardView.class);
        long toScore = figureValue("dashboard-to-score");
        open(figureHref("dashboard-to-score"));
        assertThat(getCurrentView()).isInstanceOf(EvaluationsView.class);
        assertThat(rows(evaluationsGrid())).hasSize((int) toScore);
        assertThat(find(Div.class).withId("address-filter-note").single().getElement().getTextRecursively())
                .contains("等待您评分");
    }

    @Test
    @WithUserDetails("auditor")
    void anAuditorSeesTheTrailByActionAndABarOpensTheAuditGridFilteredToItAndThePeriod() {
        String actor = "d-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Acting.as(security, "admin", Role.ADMIN, () -> {
            audit.recordAs(actor, AuditSubject.USER, actor, AuditAction.LOGIN_FAILED, null, null, null);
            audit.recordAs(actor, AuditSubject.USER, actor, AuditAction.LOGIN_FAILED, null, null, null);
            return null;
        });
        java.time.LocalDate today = time.today();
        java.time.LocalDate from = today.minusDays(DashboardView.AUDIT_DAYS - 1L);

        navigate(DashboardView.class);

        assertThat(figureIds()).containsExactly("dashboard-audit-total", "dashboard-audit-login-failed",
                "dashboard-audit-login-refused", "dashboard-audit-exported");
        assertThat(figureLabel("dashboard-audit-login-failed")).isEqualTo("登录失败（次）");
        assertThat(figureValue("dashboard-audit-login-failed")).isGreaterThanOrEqualTo(2);
        assertThat(figureHref("dashboard-audit-login-failed"))
                .isEqualTo("admin/audit?action=LOGIN_FAILED&from=" + from + "&to=" + today);
        assertThat(figureHref("dashboard-audit-total")).isEqualTo("admin/audit?from=" + from + "&to=" + today);
        assertThat(find(TabSheet.class).withId("dashboard-tabs").exists()).isFalse();
        EChart<GroupCount> actions = chart("chart-audit-action");
        int failed = indexOf(actions, "登录失败");
        long counted = actions.getElements().get(failed).count();
        assertThat(counted).isEqualTo(figureValue("dashboard-audit-login-failed"));

        actions.click(failed);

        assertThat(getCurrentView()).isInstanceOf(AuditView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("action", List.of("LOGIN_FAILED")).containsEntry("from", List.of(from.toString()))
                .containsEntry("to", List.of(today.toString()));
        FilterGrid<AuditEvent, AuditFilter> grid = auditGrid();
        assertThat(grid.getFilter().action()).isEqualTo("LOGIN_FAILED");
        assertThat(grid.getFilter().from()).isEqualTo(from);
        assertThat(grid.getFilter().to()).isEqualTo(today);
        assertThat(grid.countMatching()).isEqualTo(counted);
        assertThat(rows(grid)).hasSize((int) counted)
                .allSatisfy(e -> assertThat(e.getAction()).isEqualTo("LOGIN_FAILED"))
                .extracting(AuditEvent::getActor).contains(actor);

        // 审计记录 again without an address's filter (the view is reused): neither the action nor the bar's period stays
        UI.getCurrent().navigate(AuditView.class);
        assertThat(auditGrid()).isSameAs(grid);
        assertThat(grid.getFilter().action()).isNull();
        assertThat(grid.getFilter().from()).isNull();
        assertThat(grid.getFilter().to()).isNull();
    }

    @Test
    @WithUserDetails("auditor")
    void theAuditGridOpensOnAPolicyStepAndSaysSoAboveIt() {
        UI.getCurrent().navigate(AuditView.class, QueryParameters.simple(java.util.Map.of("action", "RECOMMEND")));

        assertThat(auditGrid().getFilter().action()).isEqualTo("RECOMMEND");
        Div note = find(Div.class).withId("address-filter-note").single();
        assertThat(note.isVisible()).isTrue();
        assertThat(rows(auditGrid())).allSatisfy(e -> assertThat(e.getAction()).isEqualTo("RECOMMEND"));
        // 显示全部: every action again
        UI.getCurrent().navigate(AuditView.class);
        assertThat(auditGrid().getFilter().action()).isNull();
        assertThat(note.isVisible()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private FilterGrid<AuditEvent, AuditFilter> auditGrid() {
        return find(FilterGrid.class).withId("audit-grid").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<PanelViews.Assignment> assignments() {
        return find(Grid.class).withId("expert-assignments").single();
    }

    @Test
    @WithUserDetails("bureau")
    void theBureauClicksACentersTypeAndLandsOnTheCentersGridFilteredToIt() {
        long applicationId = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices,
                notices, jdbc);
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(applicationId))
                .orElseThrow();

        navigate(DashboardView.class);
        EChart<GroupCount> types = chart("chart-centers-type");
        int index = indexOf(types, center.typeName().zh());
        assertThat(types.getElements().get(index).count()).isPositive();
        assertThat(types.getOption()).contains("\"type\":\"pie\"").contains(center.typeName().zh());
        EChart<GroupCount> divisions = chart("chart-centers-division");
        assertThat(divisions.getElements()).extracting(GroupCount::code).contains(center.recommendingBodyCode());

        types.click(index);

        assertThat(getCurrentView()).isInstanceOf(CentersView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("type", List.of(types.getElements().get(index).code()));
        @SuppressWarnings("unchecked")
        Grid<CenterRow> grid = find(Grid.class).withId("centers-grid").single();
        Select<CenterChoice> filter = headerSelect(grid, "centers-type-filter");
        assertThat(filter.getValue().name().zh()).isEqualTo(center.typeName().zh());
        List<CenterRow> rows = test(grid).size() == 0 ? List.of()
                : java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
        assertThat(rows).extracting(CenterRow::id).contains(center.id());
        assertThat(rows).allSatisfy(r -> assertThat(r.typeName().zh()).isEqualTo(center.typeName().zh()));
    }

    @Test
    @WithUserDetails("county")
    void aCountyReviewerSeesItsOwnApplicationsAndAStageClickFiltersTheGrid() {
        String reference = XinzhouSamples.submittedToCounty(security, applications, attachments, "看板县区");

        navigate(DashboardView.class);
        EChart<GroupCount> stages = chart("chart-applications-stage");
        assertThat(stages.getElements()).extracting(GroupCount::count).allSatisfy(n -> assertThat(n).isPositive());
        int recommend = java.util.stream.IntStream.range(0, stages.getElements().size())
                .filter(i -> stages.getElements().get(i).code().equals("COUNTY_REVIEW")).findFirst().orElseThrow();
        // the centers' divisions are the county's own only
        if (find(EChart.class).withId("chart-centers-division").exists()) {
            assertThat(chart("chart-centers-division").getElements()).extracting(GroupCount::code)
                    .containsOnly("140902");
        }

        stages.click(recommend);

        assertThat(getCurrentView()).isInstanceOf(ApplicationsView.class);
        @SuppressWarnings("unchecked")
        Grid<ApplicationRow> grid = find(Grid.class).withId("applications-grid").single();
        Select<StageOption> filter = headerSelect(grid, "applications-stage-filter");
        assertThat(filter.getValue().code()).isEqualTo(stages.getElements().get(recommend).code());
        List<ApplicationRow> rows = java.util.stream.IntStream.range(0, test(grid).size())
                .mapToObj(i -> test(grid).getRow(i)).toList();
        assertThat(rows).extracting(ApplicationRow::referenceNo).contains(reference);
        assertThat(rows).allSatisfy(r -> assertThat(r.stage()).isEqualTo(filter.getValue().code()));
    }

    @Test
    @WithUserDetails("bureau")
    void theSummaryTablesCarryTheirTotalsAndTheExport() {
        navigate(DashboardView.class);
        find(TabSheet.class).withId("dashboard-tabs").single().setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<List<?>> byType = find(Grid.class).withId("table-centers-division-type").single();
        int size = test(byType).size();
        List<?> totals = test(byType).getRow(size - 1);
        assertThat(totals.getFirst()).isEqualTo("合计");
        long sum = 0;
        for (int r = 0; r < size - 1; r++) {
            sum += (Long) test(byType).getRow(r).getLast();
        }
        assertThat(totals.getLast()).isEqualTo(sum);
        assertThat(byType.getColumns().getFirst().getHeaderText()).isEqualTo("县（市、区）");
        assertThat(find(Grid.class).withId("table-applications-call-outcome").exists()).isTrue();
        assertThat(find(Grid.class).withId("table-evaluations-grade").exists()).isTrue();
        assertThat(find(Grid.class).withId("table-centers-cluster").exists()).isTrue();
        assertThat(find(Anchor.class).withId("dashboard-export").single().getHref()).isNotBlank();
    }

    @Test
    @WithUserDetails("county")
    void aCountyReviewerSeesWhatWaitsForItsRecommendationAndNoProvinceWideCharts() {
        XinzhouSamples.submittedToCounty(security, applications, attachments, "看板待推荐");

        navigate(DashboardView.class);

        assertThat(figureLabel("dashboard-waiting")).isEqualTo("待推荐审核（件）");
        assertThat(figureValue("dashboard-waiting")).isPositive();
        assertThat(chart("chart-waiting-stage").getElements()).extracting(GroupCount::code).contains("COUNTY_REVIEW");
        assertThat(figureIds()).containsExactly("dashboard-waiting", "dashboard-overdue",
                "dashboard-evaluations-overdue", "dashboard-steps-due", "dashboard-applications", "dashboard-centers",
                "dashboard-due");
        assertThat(find(EChart.class).withId("chart-centers-division").exists()).as("it supervises one division")
                .isFalse();
        assertThat(find(TabSheet.class).withId("dashboard-tabs").exists()).isTrue();
    }

    @Test
    @WithUserDetails("county")
    void aWaitingBarOpensExactlyTheApplicationsItCounts() {
        String reference = XinzhouSamples.submittedToCounty(security, applications, attachments, "看板待办条");

        navigate(DashboardView.class);
        EChart<GroupCount> waiting = chart("chart-waiting-stage");
        int review = java.util.stream.IntStream.range(0, waiting.getElements().size())
                .filter(i -> waiting.getElements().get(i).code().equals("COUNTY_REVIEW")).findFirst().orElseThrow();
        long counted = waiting.getElements().get(review).count();
        waiting.click(review);

        assertThat(getCurrentView()).isInstanceOf(ApplicationsView.class);
        @SuppressWarnings("unchecked")
        Grid<ApplicationRow> grid = find(Grid.class).withId("applications-grid").single();
        List<ApplicationRow> rows = rows(grid);
        assertThat(rows).hasSize((int) counted);
        assertThat(rows).extracting(ApplicationRow::referenceNo).contains(reference);
        assertThat(rows).allSatisfy(r -> assertThat(r.stage()).isEqualTo("COUNTY_REVIEW"));
        Div note = find(Div.class).withId("address-filter-note").single();
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getElement().getTextRecursively()).contains("仅显示等待您办理的申报");
        // 显示全部: the same stage, everyone's
        UI.getCurrent().navigate(ApplicationsView.class);
        assertThat(note.isVisible()).isFalse();
        assertThat(rows(grid).size()).isGreaterThanOrEqualTo((int) counted);
    }

    @Test
    @WithUserDetails("county")
    void theOverdueCardOpensExactlyTheApplicationsPastTheirTimeLimit() {
        String reference = XinzhouSamples.submittedToCounty(security, applications, attachments, "看板超期");
        jdbc.update("update recognition_application set stage_due = ? where reference_no = ?",
                time.today().minusDays(3), reference);

        navigate(DashboardView.class);
        long shown = figureValue("dashboard-overdue");
        assertThat(shown).isPositive();
        open(figureHref("dashboard-overdue"));

        assertThat(getCurrentView()).isInstanceOf(ApplicationsView.class);
        @SuppressWarnings("unchecked")
        Grid<ApplicationRow> grid = find(Grid.class).withId("applications-grid").single();
        List<ApplicationRow> rows = rows(grid);
        assertThat(rows).hasSize((int) shown);
        assertThat(rows).extracting(ApplicationRow::referenceNo).contains(reference);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.stageDue()).isBefore(time.today());
            assertThat(r.closed()).isFalse();
        });
        assertThat(find(Div.class).withId("address-filter-note").single().isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("bureau")
    void theBureausDueCardsOpenTheCentersAndEvaluationsTheyCount() {
        long applicationId = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices,
                notices, jdbc);
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(applicationId))
                .orElseThrow();
        jdbc.update("update center set recognized_on = ?, last_evaluated_on = null where id = ?",
                time.today().minusYears(10), center.id());

        navigate(DashboardView.class);
        assertThat(figureLabel("dashboard-waiting")).isEqualTo("待科技局办理（件）");
        assertThat(figureIds()).containsExactly("dashboard-waiting", "dashboard-overdue",
                "dashboard-evaluations-overdue", "dashboard-steps-due", "dashboard-applications", "dashboard-centers",
                "dashboard-due");
        assertThat(find(EChart.class).withId("chart-waiting-stage").exists()
                || find(Paragraph.class).withId("chart-waiting-stage-empty").exists()).isTrue();
        long due = figureValue("dashboard-due");
        assertThat(due).isPositive();
        String stepsDue = figureHref("dashboard-steps-due");
        long steps = figureValue("dashboard-steps-due");
        String evaluationsOverdue = figureHref("dashboard-evaluations-overdue");
        long overdue = figureValue("dashboard-evaluations-overdue");

        open(figureHref("dashboard-due"));
        assertThat(getCurrentView()).isInstanceOf(CentersView.class);
        @SuppressWarnings("unchecked")
        Grid<CenterRow> centerGrid = find(Grid.class).withId("centers-grid").single();
        assertThat(rows(centerGrid)).hasSize((int) due).extracting(CenterRow::id).contains(center.id());

        open(stepsDue);
        assertThat(getCurrentView()).isInstanceOf(EvaluationsView.class);
        assertThat(rows(evaluationsGrid())).hasSize((int) steps).allSatisfy(r -> assertThat(r.stepDue())
                .isBetween(time.today(), time.today().plusDays(DashboardView.DUE_DAYS)));
        open(evaluationsOverdue);
        assertThat(rows(evaluationsGrid())).hasSize((int) overdue).allSatisfy(r -> assertThat(r.overdue()).isTrue());
    }

    @Test
    @WithUserDetails("applicant")
    void anApplicantUnitSeesItsOwnApplicationsCentersEvaluationsReportsAndChanges() {
        navigate(DashboardView.class);

        assertThat(figureIds()).containsExactly("dashboard-waiting", "dashboard-reports", "dashboard-changes",
                "dashboard-evaluations-overdue", "dashboard-applications", "dashboard-centers", "dashboard-due",
                "dashboard-steps-due");
        assertThat(figureLabel("dashboard-waiting")).isEqualTo("待本单位办理（件）");
        assertThat(figureLabel("dashboard-applications")).isEqualTo("本单位申报（件）");
        assertThat(figureValue("dashboard-applications")).isEqualTo(Acting.as(security, "applicant",
                Role.APPLICANT, () -> applicationGrid.count(ApplicationFilter.ALL)));
        assertThat(figureValue("dashboard-centers")).isEqualTo(Acting.as(security, "applicant", Role.APPLICANT,
                () -> centers.count(CenterFilter.ALL)));
        assertThat(find(TabSheet.class).withId("dashboard-tabs").exists()).as("no tables to report upward")
                .isFalse();
        for (String programChart : List.of("chart-centers-type", "chart-centers-cluster", "chart-centers-division",
                "chart-applications-call", "chart-waiting-stage")) {
            assertThat(find(EChart.class).withId(programChart).exists()).as(programChart).isFalse();
        }
        assertThat(find(EChart.class).withId("chart-applications-stage").exists()
                || find(Paragraph.class).withId("chart-applications-stage-empty").exists()).isTrue();
    }

    private Grid<EvaluationViews.Row> evaluationsGrid() {
        @SuppressWarnings("unchecked")
        Grid<EvaluationViews.Row> grid = find(Grid.class).withId("evaluations-grid").single();
        return grid;
    }

    private <T> List<T> rows(Grid<T> grid) {
        return java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }

    /** The ids of the figures, in the order shown. */
    private List<String> figureIds() {
        return find(Div.class).withClassName("dashboard-figure").all().stream()
                .map(d -> d.getId().orElse("")).toList();
    }

    private Div figure(String id) {
        return find(Div.class).withId(id).single();
    }

    private long figureValue(String id) {
        return Long.parseLong(((Span) figure(id).getChildren().findFirst().orElseThrow()).getText());
    }

    private String figureLabel(String id) {
        return ((Span) figure(id).getChildren().skip(1).findFirst().orElseThrow()).getText();
    }

    /** Where a click on the figure leads. */
    private String figureHref(String id) {
        return ((Anchor) figure(id).getParent().orElseThrow()).getHref();
    }

    /** Follows a link as the router would: its path and its query. */
    private static void open(String href) {
        int q = href.indexOf('?');
        UI.getCurrent().navigate(q < 0 ? href : href.substring(0, q),
                q < 0 ? QueryParameters.empty() : QueryParameters.fromString(href.substring(q + 1)));
    }

    /** A filter in the grid's header row. */
    @SuppressWarnings("unchecked")
    private static <E> Select<E> headerSelect(Grid<?> grid, String id) {
        return (Select<E>) grid.getHeaderRows().stream().flatMap(r -> r.getCells().stream())
                .map(c -> c.getComponent()).filter(c -> c != null && c.getId().filter(id::equals).isPresent())
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private EChart<GroupCount> chart(String id) {
        return find(EChart.class).withId(id).single();
    }

    private static int indexOf(EChart<GroupCount> chart, String label) {
        List<GroupCount> elements = chart.getElements();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).label().zh().equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label + " not in " + elements);
    }
}

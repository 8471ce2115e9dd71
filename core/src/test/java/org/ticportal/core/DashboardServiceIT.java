package org.ticportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.application.ApplicationGrid;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ApplicationStatistics;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterFilter;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditFilter;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditStatistics;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.center.CenterStatistics;
import org.ticportal.core.common.CrossCount;
import org.ticportal.core.common.GroupCount;
import org.ticportal.core.evaluation.EvaluationFilter;
import org.ticportal.core.evaluation.EvaluationReader;
import org.ticportal.core.evaluation.EvaluationStatistics;
import org.ticportal.core.evaluation.EvaluationViews;
import org.ticportal.core.expert.AssignmentFilter;
import org.ticportal.core.expert.ExpertDraft;
import org.ticportal.core.expert.ExpertPanelService;
import org.ticportal.core.expert.ExpertService;
import org.ticportal.core.expert.ExpertStatistics;
import org.ticportal.core.expert.MemberState;
import org.ticportal.core.expert.PanelViews;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;

/**
 * The statistics of 统计看板 and 汇总表 on real MariaDB, under the template policy (示例市 990100, districts 990101 and
 * 990102): centers and applications counted by type, division, status, stage, call and outcome exactly as recorded,
 * grouped in the database; the bureau counts its whole jurisdiction, a district only what it supervises (the other
 * district's centers and applications never appear); applications and evaluations past their time limit and centers
 * falling due for evaluation counted within the scope; an applicant refused; an expert counts their own panel seats
 * and evaluation seats only (another expert's never), an auditor the audit trail of a period by action, each count
 * what the grid filtered as its click asks lists. The tests share one database, so each count is compared with the
 * same count before the test's own records (or counts records only this test's people hold).
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class DashboardServiceIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationGrid applicationGrid;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeService publicNotices;
    @Autowired
    NoticeCloser notices;
    @Autowired
    CenterService centers;
    @Autowired
    ApplicationStatistics applicationStatistics;
    @Autowired
    CenterStatistics centerStatistics;
    @Autowired
    EvaluationStatistics evaluationStatistics;
    @Autowired
    EvaluationReader reader;
    @Autowired
    ExpertStatistics expertStatistics;
    @Autowired
    ExpertService experts;
    @Autowired
    ExpertPanelService expertPanels;
    @Autowired
    AuditStatistics auditStatistics;
    @Autowired
    AuditService audit;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.ticportal.core.plugin.PolicyProviders providers;

    private String suffix;
    private String east;
    private String west;
    private String eastDistrict;
    private String westDistrict;
    private String bureau;
    private String eastCode;
    private String westCode;

    @BeforeEach
    void people() {
        clock.set(LocalDate.of(2026, 9, 24));
        suffix = UUID.randomUUID().toString().substring(0, 6);
        eastCode = TemplateSamples.creditCode(suffix + "E");
        westCode = TemplateSamples.creditCode(suffix + "W");
        Unit eastUnit = units.save(new Unit("看板东区公司" + suffix, eastCode, "990101", clock.instant()));
        Unit westUnit = units.save(new Unit("看板西区公司" + suffix, westCode, "990102", clock.instant()));
        as("root", Role.ADMIN, () -> {
            east = users.create(new UserDraft("dea" + suffix, "东区申报人", null, null, Role.APPLICANT, null,
                    eastUnit.getId())).user().getUsername();
            west = users.create(new UserDraft("dwa" + suffix, "西区申报人", null, null, Role.APPLICANT, null,
                    westUnit.getId())).user().getUsername();
            eastDistrict = users.create(new UserDraft("ded" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            westDistrict = users.create(new UserDraft("dwd" + suffix, "西区审核", null, null, Role.COUNTY, "990102",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("dbu" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    "990100")).user().getUsername();
            return null;
        });
    }

    @Test
    void centersAndApplicationsAreCountedByTheirValuesWithinEachScope() {
        Snapshot bureauBefore = snapshot(bureau, Role.BUREAU);
        Snapshot eastBefore = snapshot(eastDistrict, Role.COUNTY);
        Snapshot westBefore = snapshot(westDistrict, Role.COUNTY);

        TemplateCenters template = new TemplateCenters(applications, checklist, publicNotices, notices, centers,
                clock);
        CenterRow first = template.recognise(TemplateSamples.uniqueCoreName(suffix + "a"), eastCode, east,
                eastDistrict, bureau);
        template.recognise(TemplateSamples.uniqueCoreName(suffix + "b"), eastCode, east, eastDistrict, bureau);
        template.recognise(TemplateSamples.uniqueCoreName(suffix + "c"), westCode, west, westDistrict, bureau);
        long waiting = submitted(east);
        String type = first.typeName() == null ? GroupCount.NONE : codeOf(
                as(bureau, Role.BUREAU, centerStatistics::byType), first.typeName().zh());

        Snapshot bureauAfter = snapshot(bureau, Role.BUREAU);
        Snapshot eastAfter = snapshot(eastDistrict, Role.COUNTY);
        Snapshot westAfter = snapshot(westDistrict, Role.COUNTY);

        // the bureau: the whole jurisdiction, each value counted as recorded
        assertThat(bureauAfter.divisions.get("990101") - bureauBefore.count("divisions", "990101")).isEqualTo(2);
        assertThat(bureauAfter.divisions.get("990102") - bureauBefore.count("divisions", "990102")).isEqualTo(1);
        assertThat(bureauAfter.types.get(type) - bureauBefore.count("types", type)).isEqualTo(3);
        assertThat(bureauAfter.statuses.get("ACTIVE") - bureauBefore.count("statuses", "ACTIVE")).isEqualTo(3);
        assertThat(bureauAfter.stages.get("RECOGNIZED") - bureauBefore.count("stages", "RECOGNIZED")).isEqualTo(3);
        assertThat(bureauAfter.stages.get("COUNTY_REVIEW") - bureauBefore.count("stages", "COUNTY_REVIEW"))
                .isEqualTo(1);
        assertThat(bureauAfter.calls.get(GroupCount.NONE) - bureauBefore.count("calls", GroupCount.NONE))
                .isEqualTo(4);
        assertThat(bureauAfter.cell("cross", "990101|" + type) - bureauBefore.cell("cross", "990101|" + type))
                .isEqualTo(2);
        assertThat(bureauAfter.cell("outcomes", "|RECOGNIZED") - bureauBefore.cell("outcomes", "|RECOGNIZED"))
                .isEqualTo(3);
        assertThat(bureauAfter.cell("outcomes", "|") - bureauBefore.cell("outcomes", "|")).isEqualTo(1);
        // the policy's names, as the grids show them
        List<GroupCount> stages = as(bureau, Role.BUREAU, applicationStatistics::byStage);
        assertThat(stages).filteredOn(c -> c.code().equals("RECOGNIZED")).extracting(c -> c.label().zh())
                .containsExactly("已认定");
        assertThat(as(bureau, Role.BUREAU, centerStatistics::byStatus)).filteredOn(c -> c.code().equals("ACTIVE"))
                .extracting(c -> c.label().zh()).containsExactly("正常");
        assertThat(as(bureau, Role.BUREAU, applicationStatistics::byCall))
                .filteredOn(c -> c.code().equals(GroupCount.NONE)).extracting(c -> c.label().zh())
                .containsExactly("批次外申报");

        // a district: only what it supervises
        assertThat(eastAfter.divisions.keySet()).containsOnly("990101");
        assertThat(eastAfter.divisions.get("990101") - eastBefore.count("divisions", "990101")).isEqualTo(2);
        assertThat(eastAfter.stages.get("RECOGNIZED") - eastBefore.count("stages", "RECOGNIZED")).isEqualTo(2);
        assertThat(eastAfter.stages.get("COUNTY_REVIEW") - eastBefore.count("stages", "COUNTY_REVIEW"))
                .isEqualTo(1);
        assertThat(westAfter.divisions.keySet()).containsOnly("990102");
        assertThat(westAfter.divisions.get("990102") - westBefore.count("divisions", "990102")).isEqualTo(1);
        assertThat(westAfter.stages.get("RECOGNIZED") - westBefore.count("stages", "RECOGNIZED")).isEqualTo(1);
        assertThat(westAfter.count("stages", "COUNTY_REVIEW")).isEqualTo(westBefore.count("stages", "COUNTY_REVIEW"));

        // the grid filtered as a chart's click asks: the same count
        long inCallNone = as(bureau, Role.BUREAU, () -> applicationGrid.count(ApplicationFilter.ALL
                .withJurisdiction("990100").withCall(ApplicationFilter.OUTSIDE_CALLS)));
        assertThat(inCallNone).isEqualTo(bureauAfter.calls.get(GroupCount.NONE));

        // past its time limit: the waiting application, in the scopes that see it
        long bureauOverdue = as(bureau, Role.BUREAU, applicationStatistics::overdue);
        long eastOverdue = as(eastDistrict, Role.COUNTY, applicationStatistics::overdue);
        long westOverdue = as(westDistrict, Role.COUNTY, applicationStatistics::overdue);
        jdbc.update("update recognition_application set stage_due = ? where id = ?",
                LocalDate.now(clock).minusDays(1), waiting);
        assertThat(as(bureau, Role.BUREAU, applicationStatistics::overdue)).isEqualTo(bureauOverdue + 1);
        assertThat(as(eastDistrict, Role.COUNTY, applicationStatistics::overdue)).isEqualTo(eastOverdue + 1);
        assertThat(as(westDistrict, Role.COUNTY, applicationStatistics::overdue)).isEqualTo(westOverdue);

        // due for evaluation (the template: two years after recognition) within 90 days: the center moved back
        long bureauDue = as(bureau, Role.BUREAU, () -> evaluationStatistics.centersDueWithin(90));
        long eastDue = as(eastDistrict, Role.COUNTY, () -> evaluationStatistics.centersDueWithin(90));
        long westDue = as(westDistrict, Role.COUNTY, () -> evaluationStatistics.centersDueWithin(90));
        jdbc.update("update center set recognized_on = ? where id = ?",
                LocalDate.now(clock).minusYears(2).plusDays(60), first.id());
        assertThat(as(bureau, Role.BUREAU, () -> evaluationStatistics.centersDueWithin(90))).isEqualTo(bureauDue + 1);
        assertThat(as(eastDistrict, Role.COUNTY, () -> evaluationStatistics.centersDueWithin(90)))
                .isEqualTo(eastDue + 1);
        assertThat(as(westDistrict, Role.COUNTY, () -> evaluationStatistics.centersDueWithin(90))).isEqualTo(westDue);
        assertThat(as(bureau, Role.BUREAU, () -> evaluationStatistics.centersDueWithin(30))).isEqualTo(bureauDue);
    }

    @Test
    void anApplicantGetsItsOwnUnitsPictureAndNoProgramStatistics() {
        assertThatThrownBy(() -> as(east, Role.APPLICANT, centerStatistics::byType))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(east, Role.APPLICANT, applicationStatistics::byCall))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(east, Role.APPLICANT, evaluationStatistics::byGrade))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as(east, Role.APPLICANT, applicationStatistics::byStage)).isEmpty();
        assertThat(as(east, Role.APPLICANT, applicationStatistics::waitingByStage)).isEmpty();
        ApplicationDetail draft = as(east, Role.APPLICANT, () -> applications.create("990100"));
        // the draft waits for its unit (to be completed and submitted), and is counted for it alone
        List<GroupCount> waiting = as(east, Role.APPLICANT, applicationStatistics::waitingByStage);
        assertThat(waiting).extracting(GroupCount::code).containsExactly(draft.row().stage());
        assertThat(GroupCount.total(waiting)).isEqualTo(1);
        assertThat(as(east, Role.APPLICANT, applicationStatistics::byStage)).extracting(GroupCount::count)
                .containsExactly(1L);
        assertThat(as(west, Role.APPLICANT, applicationStatistics::byStage)).isEmpty();
        assertThat(as(west, Role.APPLICANT, applicationStatistics::waitingByStage)).isEmpty();
        assertThat(as(west, Role.APPLICANT, centerStatistics::byStatus)).isEmpty();
    }

    @Test
    void whatWaitsIsCountedForTheRoleWhoseStepItIsWithinItsScope() {
        long eastBefore = waitingAt(eastDistrict, Role.COUNTY, "COUNTY_REVIEW");
        long westBefore = waitingAt(westDistrict, Role.COUNTY, "COUNTY_REVIEW");
        long bureauBefore = waitingAt(bureau, Role.BUREAU, "COUNTY_REVIEW");

        long id = submitted(east);

        assertThat(waitingAt(eastDistrict, Role.COUNTY, "COUNTY_REVIEW")).isEqualTo(eastBefore + 1);
        assertThat(waitingAt(westDistrict, Role.COUNTY, "COUNTY_REVIEW")).as("another district's")
                .isEqualTo(westBefore);
        assertThat(waitingAt(bureau, Role.BUREAU, "COUNTY_REVIEW")).as("not the bureau's step").isEqualTo(bureauBefore);
        assertThat(as(east, Role.APPLICANT, applicationStatistics::waitingByStage)).as("nothing for the unit now")
                .isEmpty();
        // the stage named as the grid's stage filter names it
        assertThat(as(eastDistrict, Role.COUNTY, applicationStatistics::waitingByStage))
                .filteredOn(c -> c.code().equals("COUNTY_REVIEW")).hasSize(1).extracting(c -> c.label().zh())
                .allSatisfy(name -> assertThat(name).isNotEqualTo("COUNTY_REVIEW"));

        // each bar opens 申报管理 on exactly what it counts (?stage=…&waiting=1): the count is the grid's size
        Map<String, Role> people = Map.of(bureau, Role.BUREAU, eastDistrict, Role.COUNTY, westDistrict,
                Role.COUNTY, east, Role.APPLICANT, west, Role.APPLICANT);
        people.forEach((user, role) -> as(user, role, () -> {
            for (GroupCount bar : applicationStatistics.waitingByStage()) {
                ApplicationFilter filter = ApplicationFilter.ALL.withStage(bar.code()).withWaitingForMe(true);
                assertThat(applicationGrid.count(filter)).as(user + " " + bar.code()).isEqualTo(bar.count());
                assertThat(applicationGrid.rows(filter, PageRequest.of(0, 500))).as(user + " " + bar.code())
                        .hasSize((int) bar.count());
            }
            return null;
        }));
        // the district's bar lists the submitted application; the bureau, who sees it at that stage, waits for none
        ApplicationFilter atReview = ApplicationFilter.ALL.withStage("COUNTY_REVIEW");
        assertThat(as(eastDistrict, Role.COUNTY, () -> ids(applicationGrid.rows(atReview.withWaitingForMe(true),
                PageRequest.of(0, 500)), r -> r.id()))).contains(id);
        assertThat(as(bureau, Role.BUREAU, () -> ids(applicationGrid.rows(atReview, PageRequest.of(0, 500)),
                r -> r.id()))).contains(id);
        assertThat(as(bureau, Role.BUREAU, () -> ids(applicationGrid.rows(atReview.withWaitingForMe(true),
                PageRequest.of(0, 500)), r -> r.id()))).doesNotContain(id);
    }

    @Test
    void theDueAndOverdueFiguresCountExactlyWhatTheFilteredGridsListWithinEachScope() {
        TemplateCenters template = new TemplateCenters(applications, checklist, publicNotices, notices, centers,
                clock);
        CenterRow center = template.recognise(TemplateSamples.uniqueCoreName(suffix + "e"), eastCode, east,
                eastDistrict, bureau);
        long waiting = submitted(east);
        LocalDate today = LocalDate.now(clock);
        jdbc.update("update recognition_application set stage_due = ? where id = ?", today.minusDays(1), waiting);
        jdbc.update("update center set recognized_on = ? where id = ?", today.minusYears(2).plusDays(60),
                center.id());
        String[] pin = jdbc.queryForObject("select policy_id, plugin_id, plugin_version from recognition_application "
                + "where id = ?", (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                waiting);
        long overdueRound = round("逾期评估" + suffix, pin);
        long dueRound = round("到期评估" + suffix, pin);
        long overdue = evaluation(overdueRound, center, today.minusDays(1), pin, "SELF");
        long due = evaluation(dueRound, center, today.plusDays(30), pin, "SELF");
        try {
            Map<String, Role> people = Map.of(bureau, Role.BUREAU, eastDistrict, Role.COUNTY, westDistrict,
                    Role.COUNTY, east, Role.APPLICANT, west, Role.APPLICANT);
            people.forEach((user, role) -> as(user, role, () -> {
                assertThat(applicationStatistics.overdue()).as(user)
                        .isEqualTo(applicationGrid.count(ApplicationFilter.ALL.withOverdueOn(today)));
                assertThat(evaluationStatistics.overdue()).as(user)
                        .isEqualTo(reader.count(EvaluationFilter.ALL.withStepOverdue(today)));
                assertThat(evaluationStatistics.stepsDueWithin(90)).as(user)
                        .isEqualTo(reader.count(EvaluationFilter.ALL.withStepDueWithin(today, 90)));
                assertThat(evaluationStatistics.centersDueWithin(90)).as(user).isEqualTo(centers.count(
                        CenterFilter.ALL.withEvaluationDue(evaluationStatistics.dueRules(90))));
                return null;
            }));
            // the records themselves: in the scopes that see them, in no other
            for (String user : List.of(bureau, eastDistrict, east)) {
                Role role = people.get(user);
                assertThat(as(user, role, () -> ids(reader.list(EvaluationFilter.ALL
                        .withStepOverdue(today), PageRequest.of(0, 500)), EvaluationViews.Row::id)))
                        .as(user).contains(overdue).doesNotContain(due);
                assertThat(as(user, role, () -> ids(reader.list(EvaluationFilter.ALL
                        .withStepDueWithin(today, 90), PageRequest.of(0, 500)), EvaluationViews.Row::id)))
                        .as(user).contains(due).doesNotContain(overdue);
                assertThat(as(user, role, () -> ids(reader.list(EvaluationFilter.ALL
                        .withStepDueWithin(today, 29), PageRequest.of(0, 500)), EvaluationViews.Row::id)))
                        .as(user + ": not within 29 days").doesNotContain(due);
                assertThat(as(user, role, () -> ids(centers.list(CenterFilter.ALL.withEvaluationDue(
                        evaluationStatistics.dueRules(90)), PageRequest.of(0, 500)), CenterRow::id)))
                        .as(user).contains(center.id());
                assertThat(as(user, role, () -> ids(applicationGrid.list(ApplicationFilter.ALL.withOverdueOn(today),
                        PageRequest.of(0, 500)).getContent(), r -> r.id()))).as(user).contains(waiting);
            }
            for (String user : List.of(westDistrict, west)) {
                Role role = people.get(user);
                assertThat(as(user, role, () -> ids(reader.list(EvaluationFilter.ALL
                        .withStepOverdue(today), PageRequest.of(0, 500)), EvaluationViews.Row::id)))
                        .as(user).doesNotContain(overdue);
                assertThat(as(user, role, () -> ids(centers.list(CenterFilter.ALL.withEvaluationDue(
                        evaluationStatistics.dueRules(90)), PageRequest.of(0, 500)), CenterRow::id)))
                        .as(user).doesNotContain(center.id());
                assertThat(as(user, role, () -> ids(applicationGrid.list(ApplicationFilter.ALL.withOverdueOn(today),
                        PageRequest.of(0, 500)).getContent(), r -> r.id()))).as(user).doesNotContain(waiting);
            }
            // and the figures move with the records
            long bureauOverdue = as(bureau, Role.BUREAU, evaluationStatistics::overdue);
            jdbc.update("update evaluation set step_due = ? where id = ?", today, overdue);
            assertThat(as(bureau, Role.BUREAU, evaluationStatistics::overdue)).isEqualTo(bureauOverdue - 1);
        } finally {
            jdbc.update("delete from evaluation where round_id in (?, ?)", overdueRound, dueRound);
            jdbc.update("delete from evaluation_round where id in (?, ?)", overdueRound, dueRound);
        }
    }

    @Test
    void anExpertCountsOnlyTheirOwnSeatsAndEachCountIsWhatTheirFilteredListShows() {
        TemplateCenters template = new TemplateCenters(applications, checklist, publicNotices, notices, centers,
                clock);
        CenterRow center = template.recognise(TemplateSamples.uniqueCoreName(suffix + "f"), eastCode, east,
                eastDistrict, bureau);
        String mine = expert("看板专家甲");
        String other = expert("看板专家乙");
        long mineId = expertId(mine);
        long otherId = expertId(other);
        long first = draft();
        long late = draft();
        long third = draft();
        LocalDate today = LocalDate.now(clock);
        // the second application is past its stage's time limit
        jdbc.update("update recognition_application set stage_due = ? where id = ?", today.minusDays(1), late);
        long firstPanel = panel(first);
        long latePanel = panel(late);
        long thirdPanel = panel(third);
        String[] pin = jdbc.queryForObject("select policy_id, plugin_id, plugin_version from recognition_application "
                + "where id = ?", (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                first);
        long overdueRound = round("专家逾期评估" + suffix, pin);
        long dueRound = round("专家待评估" + suffix, pin);
        // the experts' seats wait at the procedure's scoring step; a third evaluation's panel was drawn, then the
        // evaluation was sent back to its review: nothing to score there until it returns
        List<org.ticportal.policy.api.evaluation.EvaluationStep> steps = providers.read(
                new org.ticportal.core.plugin.PolicyPin(pin[0], pin[1], pin[2]), p -> p.evaluation().procedure().steps());
        String scoring = steps.stream().filter(step -> step.kind() == org.ticportal.policy.api.evaluation
                .EvaluationStepKind.PANEL_SCORING).findFirst().orElseThrow().code();
        String review = steps.stream().filter(step -> step.kind() == org.ticportal.policy.api.evaluation
                .EvaluationStepKind.REVIEW).findFirst().orElseThrow().code();
        long overdueEvaluation = evaluation(overdueRound, center, today.minusDays(1), pin, scoring);
        long dueEvaluation = evaluation(dueRound, center, today.plusDays(30), pin, scoring);
        long sentBackRound = round("专家退回评估" + suffix, pin);
        long sentBack = evaluation(sentBackRound, center, today.minusDays(1), pin, review);
        try {
            seat(firstPanel, first, mineId, 1, MemberState.DRAWN);
            seat(latePanel, late, mineId, 1, MemberState.DECLARED);
            seat(thirdPanel, third, mineId, 1, MemberState.REPLACED);
            seat(firstPanel, first, otherId, 2, MemberState.DECLARED);
            seat(latePanel, late, otherId, 2, MemberState.DRAWN);
            seat(thirdPanel, third, otherId, 2, MemberState.SUBMITTED);
            evaluationSeat(overdueEvaluation, mineId, mine, 1, null);
            evaluationSeat(dueEvaluation, mineId, mine, 1, null);
            evaluationSeat(overdueEvaluation, otherId, other, 2, 80);
            evaluationSeat(dueEvaluation, otherId, other, 2, null);
            evaluationSeat(sentBack, mineId, mine, 1, null);

            // their own seats only: the replaced one is not theirs any more, the other expert's never counted
            assertThat(as(mine, Role.EXPERT, expertStatistics::seatsByState)).containsOnly(
                    Map.entry(MemberState.DRAWN, 1L), Map.entry(MemberState.DECLARED, 1L));
            assertThat(as(other, Role.EXPERT, expertStatistics::seatsByState)).containsOnly(
                    Map.entry(MemberState.DRAWN, 1L), Map.entry(MemberState.DECLARED, 1L),
                    Map.entry(MemberState.SUBMITTED, 1L));
            assertThat(as(mine, Role.EXPERT, expertStatistics::overdue)).isEqualTo(1);
            assertThat(as(other, Role.EXPERT, expertStatistics::overdue)).isEqualTo(1);
            assertThat(as(mine, Role.EXPERT, evaluationStatistics::toScore)).isEqualTo(2);
            assertThat(as(mine, Role.EXPERT, evaluationStatistics::scoresOverdue)).isEqualTo(1);
            assertThat(as(other, Role.EXPERT, evaluationStatistics::toScore)).as("the other scored one").isEqualTo(1);
            assertThat(as(other, Role.EXPERT, evaluationStatistics::scoresOverdue)).isZero();

            // each count opens 我的评审任务 or 绩效评估 on exactly those rows
            for (String expert : List.of(mine, other)) {
                as(expert, Role.EXPERT, () -> {
                    expertStatistics.seatsByState().forEach((state, count) -> {
                        AssignmentFilter filter = AssignmentFilter.ALL.withState(state);
                        assertThat(expertPanels.countMyAssignments(filter)).as(expert + " " + state).isEqualTo(count);
                        assertThat(expertPanels.myAssignments(filter, PageRequest.of(0, 50)).getContent())
                                .as(expert + " " + state).hasSize(count.intValue())
                                .allSatisfy(a -> assertThat(a.state()).isEqualTo(state));
                    });
                    AssignmentFilter overdue = AssignmentFilter.ALL.withOverdue(true);
                    assertThat(expertPanels.myAssignments(overdue, PageRequest.of(0, 50)).getContent())
                            .extracting(PanelViews.Assignment::applicationId).containsExactly(late);
                    assertThat(reader.list(EvaluationFilter.ALL.withToScore(true), PageRequest.of(0, 50)))
                            .hasSize((int) evaluationStatistics.toScore());
                    assertThat(reader.list(EvaluationFilter.ALL.withToScore(true).withStepOverdue(today),
                            PageRequest.of(0, 50))).hasSize((int) evaluationStatistics.scoresOverdue());
                    return null;
                });
            }
            assertThat(as(mine, Role.EXPERT, () -> ids(reader.list(EvaluationFilter.ALL.withToScore(true)
                    .withStepOverdue(today), PageRequest.of(0, 50)), EvaluationViews.Row::id)))
                    .containsExactly(overdueEvaluation);
            assertThat(as(other, Role.EXPERT, () -> ids(reader.list(EvaluationFilter.ALL.withToScore(true),
                    PageRequest.of(0, 50)), EvaluationViews.Row::id))).containsExactly(dueEvaluation);
            assertThat(as(mine, Role.EXPERT, () -> ids(expertPanels.myAssignments(AssignmentFilter.ALL,
                    PageRequest.of(0, 50)).getContent(), PanelViews.Assignment::applicationId)))
                    .containsExactlyInAnyOrder(first, late);

            // the program's figures are not an expert's, nor an expert's the bureau's
            assertThatThrownBy(() -> as(mine, Role.EXPERT, evaluationStatistics::overdue))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(bureau, Role.BUREAU, expertStatistics::seatsByState))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(bureau, Role.BUREAU, evaluationStatistics::toScore))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            jdbc.update("delete from evaluation_expert where evaluation_id in (?, ?, ?)", overdueEvaluation,
                    dueEvaluation, sentBack);
            jdbc.update("delete from evaluation where round_id in (?, ?, ?)", overdueRound, dueRound, sentBackRound);
            jdbc.update("delete from evaluation_round where id in (?, ?, ?)", overdueRound, dueRound,
                    sentBackRound);
            jdbc.update("delete from panel_member where panel_id in (?, ?, ?)", firstPanel, latePanel, thirdPanel);
            jdbc.update("delete from expert_panel where id in (?, ?, ?)", firstPanel, latePanel, thirdPanel);
        }
    }

    @Test
    void theAuditorCountsTheTrailOfThePeriodByActionAsTheAuditScreenFiltersIt() {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(29);
        String auditor = "dau" + suffix;
        Map<String, Long> before = byAction(as(auditor, Role.AUDITOR, () -> auditStatistics.byAction(from, today)));

        String user = "看板用户" + suffix;
        as("root", Role.ADMIN, () -> {
            audit.recordAs(user, AuditSubject.USER, user, AuditAction.LOGIN_FAILED, null, null, null);
            audit.recordAs(user, AuditSubject.USER, user, AuditAction.LOGIN_FAILED, null, null, null);
            audit.recordAs(user, AuditSubject.USER, user, AuditAction.LOCKED, null, null, null);
            return null;
        });
        // a day before the period: not counted
        clock.set(from.minusDays(1));
        as("root", Role.ADMIN, () -> {
            audit.recordAs(user, AuditSubject.USER, user, AuditAction.LOGIN_FAILED, null, null, null);
            return null;
        });
        clock.set(today);

        List<AuditStatistics.ActionCount> after = as(auditor, Role.AUDITOR,
                () -> auditStatistics.byAction(from, today));
        Map<String, Long> counts = byAction(after);
        assertThat(counts.get("LOGIN_FAILED") - before.getOrDefault("LOGIN_FAILED", 0L)).isEqualTo(2);
        assertThat(counts.get("LOCKED") - before.getOrDefault("LOCKED", 0L)).isEqualTo(1);
        assertThat(after).extracting(AuditStatistics.ActionCount::count).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        // each bar is what 审计记录 lists filtered to its action and the period
        as(auditor, Role.AUDITOR, () -> {
            for (AuditStatistics.ActionCount bar : after) {
                assertThat(audit.count(AuditFilter.ALL.withAction(bar.action()).withPeriod(from, today)))
                        .as(bar.action()).isEqualTo(bar.count());
            }
            assertThat(audit.count(AuditFilter.ALL.withActor(user).withPeriod(from, today))).isEqualTo(3);
            return null;
        });
        // the trail is the auditor's and the administrator's only
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> auditStatistics.byAction(from, today)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(east, Role.APPLICANT, () -> auditStatistics.byAction(from, today)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(auditor, Role.AUDITOR, expertStatistics::seatsByState))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static Map<String, Long> byAction(List<AuditStatistics.ActionCount> counts) {
        Map<String, Long> map = new HashMap<>();
        counts.forEach(c -> assertThat(map.put(c.action(), c.count())).as("each action once").isNull());
        return map;
    }

    /** An expert of the jurisdiction with a login; the login. */
    private String expert(String name) {
        String login = "x" + UUID.randomUUID().toString().substring(0, 8);
        as(bureau, Role.BUREAU, () -> experts.create("990100", new ExpertDraft(name + suffix, "看板研究院" + suffix,
                null, "FULL_SENIOR", List.of("NEW_MATERIALS"), null, null, true), login));
        return login;
    }

    private long expertId(String login) {
        return jdbc.queryForObject("select id from expert where username = ?", Long.class, login);
    }

    /** A draft of the east unit (a running application), for a panel to sit on. */
    private long draft() {
        return as(east, Role.APPLICANT, () -> applications.create("990100")).row().id();
    }

    /** A panel drawn for the application, as the database holds it (the counts read nothing of its record). */
    private long panel(long applicationId) {
        jdbc.update("insert into expert_panel (application_id, seed, record_json, drawn_at, drawn_by) "
                + "values (?, 1, '{}', ?, ?)", applicationId, clock.instant().atZone(java.time.ZoneOffset.UTC)
                .toLocalDateTime(), bureau);
        return jdbc.queryForObject("select id from expert_panel where application_id = ?", Long.class, applicationId);
    }

    private void seat(long panelId, long applicationId, long expertId, int position, MemberState state) {
        jdbc.update("insert into panel_member (panel_id, application_id, expert_id, position, leader, state, total) "
                + "values (?, ?, ?, ?, false, ?, ?)", panelId, applicationId, expertId, position, state.name(),
                state == MemberState.SUBMITTED ? 80 : null);
    }

    private void evaluationSeat(long evaluationId, long expertId, String username, int order,
                                @org.jspecify.annotations.Nullable Integer total) {
        jdbc.update("insert into evaluation_expert (evaluation_id, expert_id, username, expert_name, seat_order, "
                + "total) values (?, ?, ?, ?, ?, ?)", evaluationId, expertId, username, username, order, total);
    }

    private long waitingAt(String user, Role role, String stage) {
        return as(user, role, applicationStatistics::waitingByStage).stream().filter(c -> c.code().equals(stage))
                .mapToLong(GroupCount::count).sum();
    }

    private static <T> List<Long> ids(List<T> rows, java.util.function.ToLongFunction<T> id) {
        return rows.stream().map(r -> id.applyAsLong(r)).toList();
    }

    /** A round of the template policy, written as the database holds it (the counts read nothing else of it). */
    private long round(String title, String[] pin) {
        LocalDate today = LocalDate.now(clock);
        jdbc.update("insert into evaluation_round (jurisdiction_code, policy_id, plugin_id, plugin_version, title, "
                + "due_by, opened_on, centers, opened_at, opened_by) values ('990100', ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                pin[0], pin[1], pin[2], title, today, today, clock.instant()
                        .atZone(java.time.ZoneOffset.UTC).toLocalDateTime(), bureau);
        return jdbc.queryForObject("select max(id) from evaluation_round where title = ?", Long.class, title);
    }

    /** A running evaluation of the center in the round at the step, its step's time limit ending on the day. */
    private long evaluation(long round, CenterRow center, LocalDate stepDue, String[] pin, String step) {
        Long unit = jdbc.queryForObject("select unit_id from center where id = ?", Long.class, center.id());
        jdbc.update("insert into evaluation (round_id, center_id, center_name, lead_unit_name, unit_id, "
                + "recommending_body_code, jurisdiction_code, policy_id, plugin_id, plugin_version, state, step_code, "
                + "step_due, updated_at) values (?, ?, ?, ?, ?, ?, '990100', ?, ?, ?, 'IN_PROGRESS', ?, ?, ?)",
                round, center.id(), center.name(), center.leadUnitName(), unit, center.recommendingBodyCode(),
                pin[0], pin[1], pin[2], step, stepDue,
                clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDateTime());
        return jdbc.queryForObject("select id from evaluation where round_id = ?", Long.class, round);
    }

    /** An application of the unit filed outside calls and submitted to its district. */
    private long submitted(String applicant) {
        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.create("990100"));
        long id = filed.row().id();
        Map<String, Object> values = new HashMap<>(TemplateSamples.completeApplication(eastCode, "NEW_MATERIALS",
                320));
        values.put("coreName", TemplateSamples.uniqueCoreName(suffix + "d"));
        ApplicationDetail ready = as(applicant, Role.APPLICANT, () -> applications.saveDraft(id,
                filed.row().version(), values, Map.of("3.5", "去年为建设期")));
        as(applicant, Role.APPLICANT, () -> applications.perform(id, ready.row().version(), "SUBMIT", null,
                Map.of()));
        return id;
    }

    private static String codeOf(List<GroupCount> counts, String label) {
        return counts.stream().filter(c -> c.label().zh().equals(label)).findFirst().orElseThrow().code();
    }

    private Snapshot snapshot(String username, Role role) {
        Supplier<Snapshot> read = () -> new Snapshot(counts(centerStatistics.byDivision()),
                counts(centerStatistics.byType()), counts(centerStatistics.byStatus()),
                counts(applicationStatistics.byStage()), counts(applicationStatistics.byCall()),
                cells(centerStatistics.byDivisionAndType()), cells(applicationStatistics.byCallAndOutcome()));
        return as(username, role, read);
    }

    private static Map<String, Long> counts(List<GroupCount> counts) {
        Map<String, Long> map = new HashMap<>();
        counts.forEach(c -> assertThat(map.put(c.code(), c.count())).as("each code once").isNull());
        return map;
    }

    private static Map<String, Long> cells(List<CrossCount> cells) {
        Map<String, Long> map = new HashMap<>();
        cells.forEach(c -> map.merge(c.row().code() + "|" + c.column().code(), c.count(), Long::sum));
        return map;
    }

    private record Snapshot(Map<String, Long> divisions, Map<String, Long> types, Map<String, Long> statuses,
                            Map<String, Long> stages, Map<String, Long> calls, Map<String, Long> cross,
                            Map<String, Long> outcomes) {

        long count(String which, String code) {
            return pick(which).getOrDefault(code, 0L);
        }

        long cell(String which, String key) {
            return pick(which).getOrDefault(key, 0L);
        }

        private Map<String, Long> pick(String which) {
            return switch (which) {
                case "divisions" -> divisions;
                case "types" -> types;
                case "statuses" -> statuses;
                case "stages" -> stages;
                case "calls" -> calls;
                case "cross" -> cross;
                case "outcomes" -> outcomes;
                default -> throw new IllegalArgumentException(which);
            };
        }
    }
}

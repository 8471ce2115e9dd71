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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ApplicationStatistics;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.CenterStatistics;
import org.ticportal.core.common.CrossCount;
import org.ticportal.core.common.GroupCount;
import org.ticportal.core.evaluation.EvaluationStatistics;
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
 * falling due for evaluation counted within the scope; an applicant refused. The tests share one database, so each
 * count is compared with the same count before the test's own records.
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
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

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
        long inCallNone = as(bureau, Role.BUREAU, () -> applications.count(ApplicationFilter.ALL
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
    void anApplicantGetsNoStatistics() {
        assertThatThrownBy(() -> as(east, Role.APPLICANT, centerStatistics::byType))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(east, Role.APPLICANT, applicationStatistics::byStage))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(east, Role.APPLICANT, evaluationStatistics::byGrade))
                .isInstanceOf(AccessDeniedException.class);
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

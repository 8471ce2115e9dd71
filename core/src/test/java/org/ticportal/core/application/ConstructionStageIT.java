package org.ticportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.MovableClock;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.notification.Notification;
import org.ticportal.core.notification.NotificationKind;
import org.ticportal.core.notification.NotificationService;
import org.ticportal.core.notification.Reminders;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * Approved for construction, then accepted or failed (plugin API 0.2.5), on real MariaDB under the template made into
 * 990900's policy ({@code buildcity}): the meeting's pass enters a construction stage of at most 36 months counted from
 * the day the case entered the meeting's stage; the engine sets and shows its last day, reminds the applicant 90 days
 * before it, and when it has passed takes the policy's timeout step as the system; a requested acceptance review
 * recognises the center or fails it, a failure told apart from a rejected application.
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class ConstructionStageIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationForms applicationForms;
    @Autowired
    ChecklistService checklist;
    @Autowired
    StageTimeouts timeouts;
    @Autowired
    Reminders reminders;
    @Autowired
    NotificationService notifications;
    @Autowired
    CenterService centers;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    MovableClock clock;

    private String district;
    private String bureau;

    /** Entered the meeting's stage on this day: the construction period counts from it. */
    private static final LocalDate DECISION_DAY = LocalDate.of(2026, 9, 24);
    /** 36 months from it, less a day. */
    private static final LocalDate LAST_DAY = LocalDate.of(2029, 9, 23);

    @BeforeEach
    void people() {
        clock.set(DECISION_DAY);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        as("root", Role.ADMIN, () -> {
            district = users.create(new UserDraft("bdi" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("bbu" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    "990900")).user().getUsername();
            return null;
        });
    }

    /** A new unit's applicant and its application, passed by the meeting into construction; returns both. */
    private Case approvedForConstruction() {
        clock.set(DECISION_DAY);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String creditCode = TemplateSamples.creditCode(suffix);
        Unit unit = units.save(new Unit("建设期新材料有限公司" + suffix, creditCode, "990101", clock.instant()));
        String applicant = as("root", Role.ADMIN, () -> users.create(new UserDraft("bap" + suffix, "申报人", null,
                null, Role.APPLICANT, null, unit.getId())).user().getUsername());
        long id = as(applicant, Role.APPLICANT, () -> applications.create("990900")).row().id();
        Map<String, Object> values = BuildCity.application(creditCode,
                TemplateSamples.uniqueCoreName(Integer.toHexString(suffix.hashCode() & 0xffff)));
        as(applicant, Role.APPLICANT, () -> applications.saveDraft(id, applications.get(id).row().version(), values,
                Map.of("3.5", "说明")));
        step(applicant, Role.APPLICANT, id, "SUBMIT", null, Map.of());
        step(district, Role.COUNTY, id, "RECOMMEND", "同意推荐", Map.of("recommendation.letterNumber", "东科推〔2026〕9号",
                "recommendation.date", DECISION_DAY));
        as(bureau, Role.BUREAU, () -> checklist.mark(id, "3.4", true, "已核对承诺书", null));
        step(bureau, Role.BUREAU, id, "ACCEPT", "材料齐全", Map.of());
        // the meeting passes it three weeks later: the months still count from the day it entered the meeting's stage
        clock.set(DECISION_DAY.plusWeeks(3));
        ApplicationDetail approved = step(bureau, Role.BUREAU, id, "PASS", "批准建设", Map.of());
        assertThat(approved.row().stageKind()).isEqualTo(StageKind.CONSTRUCTION);
        assertThat(approved.row().closed()).isFalse();
        return new Case(id, applicant);
    }

    private record Case(long id, String applicant) {
    }

    private ApplicationDetail step(String user, Role role, long id, String code, String comment,
                                   Map<String, Object> input) {
        return as(user, role, () -> applications.perform(id, applications.get(id).row().version(), code, comment,
                input));
    }

    private List<Notification> reminded(Case c) {
        return as(c.applicant(), Role.APPLICANT, () -> notifications.mine(false, PageRequest.of(0, 50)))
                .getContent().stream().filter(n -> n.getKind() == NotificationKind.REMINDER
                        && Long.valueOf(c.id()).equals(n.getApplicationId())).toList();
    }

    @Test
    void theConstructionPeriodIsShownRemindedAndEndedByTheSystemWhenItPasses() {
        Case c = approvedForConstruction();
        ApplicationDetail building = as(bureau, Role.BUREAU, () -> applications.get(c.id()));
        assertThat(building.row().stageDue()).as("36 months from entering the meeting's stage").isEqualTo(LAST_DAY);
        assertThat(as(c.applicant(), Role.APPLICANT, () -> applications.actions(c.id())))
                .extracting(AvailableAction::code).contains("REQUEST_ACCEPTANCE");

        // nothing moves, and no one is reminded, long before the last day
        clock.set(LAST_DAY.minusDays(100));
        reminders.remindDue();
        assertThat(timeouts.endExpiredStages()).isZero();
        assertThat(reminded(c)).isEmpty();
        // 90 days before: the applicant, whose step ends the stage, is reminded once
        clock.set(LAST_DAY.minusDays(90));
        reminders.remindDue();
        reminders.remindDue();
        assertThat(reminded(c)).hasSize(1);

        // on its last day the stage still runs; the day after, the portal fails it as the policy says
        clock.set(LAST_DAY);
        timeouts.endExpiredStages();
        assertThat(as(bureau, Role.BUREAU, () -> applications.get(c.id())).row().stage()).isEqualTo("CONSTRUCTION");
        clock.set(LAST_DAY.plusDays(1));
        assertThat(timeouts.endExpiredStages()).isGreaterThanOrEqualTo(1);
        ApplicationDetail failed = as(bureau, Role.BUREAU, () -> applications.get(c.id()));
        assertThat(failed.row().stage()).isEqualTo("NOT_ACCEPTED");
        assertThat(failed.row().stageKind()).isEqualTo(StageKind.ACCEPTANCE_FAILED);
        assertThat(failed.row().closed()).isTrue();
        assertThat(failed.row().stageDue()).isNull();
        assertThat(as(bureau, Role.BUREAU, () -> centers.forApplication(c.id()))).isEmpty();
        List<ApplicationStep> history = as(bureau, Role.BUREAU, () -> applications.history(c.id(),
                PageRequest.of(0, 20, Sort.by("occurredAt", "id"))).getContent());
        ApplicationStep last = history.get(history.size() - 1);
        assertThat(last.getTransitionCode()).isEqualTo("CONSTRUCTION_EXPIRED");
        assertThat(last.getActor()).isEqualTo("system");
        // a second run finds nothing more to do for it
        clock.set(LAST_DAY.plusDays(2));
        timeouts.endExpiredStages();
        assertThat(as(bureau, Role.BUREAU, () -> applications.history(c.id(), PageRequest.of(0, 20))).getContent())
                .hasSize(history.size());
    }

    @Test
    void theRulesReadTheRegistrationDayAgainstTheFilingDayAndTheShareOfRevenue() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String creditCode = TemplateSamples.creditCode(suffix);
        // the unit's own name, 示例先进陶瓷…有限公司, without its form and the city's name: 先进陶瓷…
        String own = TemplateSamples.uniqueCoreName(Integer.toHexString(suffix.hashCode() & 0xffff));
        Unit unit = units.save(new Unit("示例" + own + "有限公司", creditCode, "990101", clock.instant()));
        String applicant = as("root", Role.ADMIN, () -> users.create(new UserDraft("bnw" + suffix, "申报人", null,
                null, Role.APPLICANT, null, unit.getId())).user().getUsername());
        ApplicationDetail created = as(applicant, Role.APPLICANT, () -> applications.create("990900"));
        long id = created.row().id();
        // a single center type: filled in by the portal and hidden on the screens
        assertThat(created.values()).containsEntry("centerType", "FIELD");
        assertThat(as(applicant, Role.APPLICANT, () -> applicationForms.hiddenFields(id))).containsExactly("centerType");
        Map<String, Object> values = BuildCity.application(creditCode, own + "中心");
        values.remove("centerType");
        // registered on 2025-09-25, a year less a day before today (2026-09-24); R&D 50 of revenue 2000: 2.5%
        values.put("leadUnit.registeredOn", "2025-09-25");
        values.put("revenue", "2000");
        as(applicant, Role.APPLICANT, () -> applications.saveDraft(id, applications.get(id).row().version(), values,
                Map.of("3.5", "说明")));
        EligibilityReport report = as(applicant, Role.APPLICANT, () -> applications.eligibility(id));
        RuleCheck year = report.checks().stream().filter(c -> c.ruleId().equals("3.6")).findFirst().orElseThrow();
        assertThat(year.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(year.article()).isEqualTo("第三条第（六）项");
        assertThat(year.message().zh()).contains("2025-09-25").contains("至申报日 2026-09-24").contains("满1年");
        RuleCheck share = report.checks().stream().filter(c -> c.ruleId().equals("3.7")).findFirst().orElseThrow();
        assertThat(share.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(share.message().zh()).contains("50 / 2000 = 2.50%").contains("不低于 3%");
        RuleCheck naming = report.checks().get(0);
        assertThat(naming.ruleId()).isEqualTo(EligibilityChecker.NAMING);
        assertThat(naming.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(naming.message().zh()).contains("名称不得含有申报单位的名称（“" + own + "”）");
        assertThat(as(applicant, Role.APPLICANT, () -> applications.get(id)).values())
                .as("the type the form did not send is kept").containsEntry("centerType", "FIELD");
        assertThatThrownBy(() -> step(applicant, Role.APPLICANT, id, "SUBMIT", null, Map.of()))
                .isInstanceOf(WorkflowRefusedException.class);

        // a day later the unit has its year; revenue 1000 makes it 5%; a name of the center's own: submitted
        clock.set(DECISION_DAY.plusDays(1));
        values.put("revenue", "1000");
        values.put("coreName", "绿色冶金" + own.substring("先进陶瓷".length()));
        as(applicant, Role.APPLICANT, () -> applications.saveDraft(id, applications.get(id).row().version(), values,
                Map.of("3.5", "说明")));
        assertThat(as(applicant, Role.APPLICANT, () -> applications.eligibility(id)).checks())
                .filteredOn(c -> c.ruleId().equals("3.6") || c.ruleId().equals("3.7"))
                .extracting(RuleCheck::outcome).containsOnly(CheckOutcome.PASS);
        assertThat(step(applicant, Role.APPLICANT, id, "SUBMIT", null, Map.of()).row().stage())
                .isEqualTo("COUNTY_REVIEW");
        // checked again later, the rule still counts to the filing day
        clock.set(DECISION_DAY.plusYears(1));
        assertThat(as(district, Role.COUNTY, () -> applications.eligibility(id)).checks())
                .filteredOn(c -> c.ruleId().equals("3.6")).extracting(RuleCheck::message)
                .allSatisfy(m -> assertThat(m.zh()).contains("至申报日 2026-09-25"));
    }

    @Test
    void anAcceptanceReviewRecognisesTheCenterOrFailsItUnlikeARejection() {
        Case passing = approvedForConstruction();
        clock.set(LocalDate.of(2028, 6, 1));
        ApplicationDetail reviewing = step(passing.applicant(), Role.APPLICANT, passing.id(), "REQUEST_ACCEPTANCE",
                "建设完成，申请验收", Map.of());
        assertThat(reviewing.row().stage()).isEqualTo("ACCEPTANCE");
        assertThat(reviewing.row().stageDue()).as("the acceptance review has no limit of its own").isNull();
        ApplicationDetail recognised = step(bureau, Role.BUREAU, passing.id(), "ACCEPTED", "验收通过", Map.of());
        assertThat(recognised.row().stageKind()).isEqualTo(StageKind.RECOGNIZED);
        assertThat(as(bureau, Role.BUREAU, () -> centers.forApplication(passing.id()))).isPresent();

        Case failing = approvedForConstruction();
        clock.set(LocalDate.of(2028, 6, 1));
        step(failing.applicant(), Role.APPLICANT, failing.id(), "REQUEST_ACCEPTANCE", null, Map.of());
        // a failed acceptance needs its reasons
        assertThatThrownBy(() -> step(bureau, Role.BUREAU, failing.id(), "NOT_ACCEPTED", null, Map.of()))
                .isInstanceOf(WorkflowRefusedException.class);
        ApplicationDetail failed = step(bureau, Role.BUREAU, failing.id(), "NOT_ACCEPTED", "研发投入未达建设任务书要求",
                Map.of());
        assertThat(failed.row().stageKind()).isEqualTo(StageKind.ACCEPTANCE_FAILED).isNotEqualTo(StageKind.REJECTED);
        assertThat(failed.row().closed()).isTrue();
        assertThat(as(bureau, Role.BUREAU, () -> centers.forApplication(failing.id()))).isEmpty();
        // the system never ends a stage the case has left
        clock.set(LAST_DAY.plusDays(1));
        timeouts.endExpiredStages();
        assertThat(as(bureau, Role.BUREAU, () -> applications.get(passing.id())).row().stage()).isEqualTo("RECOGNIZED");
    }
}

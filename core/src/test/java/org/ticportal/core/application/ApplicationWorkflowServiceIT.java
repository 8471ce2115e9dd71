package org.ticportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.MovableClock;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.form.FormValidationException;
import org.ticportal.core.notice.NoticeSamples;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.notice.NoticeSummary;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * An application runs through the procedure of a policy an outside developer wrote (the plugin template, compiled
 * from the API alone), on real MariaDB: filed, refused while ineligible, submitted, recommended by its district,
 * accepted by the bureau, passed by the meeting, publicly noticed for 7 working days once the bureau published the
 * notice, and recognised by the portal when the published notice ends.
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class ApplicationWorkflowServiceIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationForms applicationForms;
    @Autowired
    ApplicationGrid applicationGrid;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeCloser notices;
    @Autowired
    NoticeService publicNotices;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    MovableClock clock;

    private String applicant;
    private String otherApplicant;
    private String district;
    private String bureau;
    private String creditCode;

    @BeforeEach
    void people() {
        clock.set(LocalDate.of(2026, 9, 24));
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        creditCode = TemplateSamples.creditCode(suffix);
        Unit unit = units.save(new Unit("示例新材料有限公司" + suffix, creditCode, "990101", clock.instant()));
        Unit other = units.save(new Unit("别家公司" + suffix, TemplateSamples.creditCode(suffix + "X"), "990101", clock.instant()));
        as("root", Role.ADMIN, () -> {
            applicant = users.create(new UserDraft("app" + suffix, "申报人", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            otherApplicant = users.create(new UserDraft("oth" + suffix, "别家", null, null, Role.APPLICANT, null,
                    other.getId())).user().getUsername();
            district = users.create(new UserDraft("dis" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("bur" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    "990100")).user().getUsername();
            return null;
        });
    }

    @Test
    void anApplicationRunsThroughAnOutsidePolicyFromFilingToRecognition() {
        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.create("990100"));
        long id = filed.row().id();
        assertThat(filed.row().pin().policyId()).isEqualTo("example");
        assertThat(filed.row().pin().pluginVersion()).isEqualTo("1.0.0");
        assertThat(filed.row().channel()).isEqualTo(SubmissionChannel.RECOMMENDED);
        assertThat(filed.row().recommendingBodyCode()).isEqualTo("990101");
        assertThat(filed.row().stage()).isEqualTo("DRAFT");
        assertThat(filed.row().referenceNo()).startsWith("EXAMPLE-2026-");

        // 250 m² is below the 300 m² of article 3 clause 2: the self-check says so, and submitting is refused
        Map<String, Object> values = TemplateSamples.completeApplication(creditCode, "NEW_MATERIALS", 250);
        ApplicationDetail draft = as(applicant, Role.APPLICANT,
                () -> applications.saveDraft(id, filed.row().version(), values, Map.of()));
        EligibilityReport report = as(applicant, Role.APPLICANT, () -> applications.eligibility(id));
        RuleCheck area = report.checks().stream().filter(c -> c.ruleId().equals("3.2")).findFirst().orElseThrow();
        assertThat(area.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(area.article()).isEqualTo("第三条第（二）项");
        assertThat(area.message().zh()).contains("250").contains("300");
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT,
                () -> applications.perform(id, draft.row().version(), "SUBMIT", null, Map.of())))
                .isInstanceOf(WorkflowRefusedException.class)
                .satisfies(e -> assertThat(((WorkflowRefusedException) e).getReport().blocking())
                        .extracting(RuleCheck::ruleId).contains("3.2", "3.5"));
        assertThat(as(applicant, Role.APPLICANT, () -> applications.get(id)).row().stage()).isEqualTo("DRAFT");

        // a crafted request with a negative area is refused on the field, and nothing is saved
        Map<String, Object> crafted = new HashMap<>(values);
        crafted.put("area.usable", "-5");
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT,
                () -> applications.saveDraft(id, draft.row().version(), crafted, Map.of())))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).getProblems())
                        .extracting(p -> p.fieldKey() + ":" + p.messageKey()).containsExactly("area.usable:form.min"));

        // 320 m², and the warning on R&D spending explained: submitted to the district
        Map<String, Object> fixed = TemplateSamples.completeApplication(creditCode, "NEW_MATERIALS", 320);
        // a name of its own: other tests of the example city may hold 先进陶瓷 in the shared database
        String coreName = TemplateSamples.uniqueCoreName(creditCode.substring(creditCode.length() - 7,
                creditCode.length() - 1).chars().mapToObj(c -> Integer.toHexString(c % 16))
                .collect(java.util.stream.Collectors.joining()));
        fixed.put("coreName", coreName);
        ApplicationDetail ready = as(applicant, Role.APPLICANT, () -> applications.saveDraft(id,
                draft.row().version(), fixed, Map.of("3.5", "去年为建设期，研发投入集中在今年")));
        ApplicationDetail submitted = as(applicant, Role.APPLICANT,
                () -> applications.perform(id, ready.row().version(), "SUBMIT", null, Map.of()));
        assertThat(submitted.row().stage()).isEqualTo("COUNTY_REVIEW");
        assertThat(submitted.row().stageDue()).as("10 working days for the district").isAfter(LocalDate.of(2026, 10, 8));

        // only the district may act now; another unit does not even see it
        assertThat(as(otherApplicant, Role.APPLICANT, () -> applicationGrid.count(ApplicationFilter.ALL))).isZero();
        assertThatThrownBy(() -> as(otherApplicant, Role.APPLICANT, () -> applications.get(id)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("application.notFound");
        assertThat(as(bureau, Role.BUREAU, () -> applications.actions(id))).isEmpty();
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT,
                () -> applications.perform(id, submitted.row().version(), "RECOMMEND", null, Map.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(district, Role.COUNTY, () -> applications.actions(id))).extracting(AvailableAction::code)
                .containsExactlyInAnyOrder("RECOMMEND", "RETURN");

        // the recommendation needs its letter number (article 6)
        assertThatThrownBy(() -> as(district, Role.COUNTY,
                () -> applications.perform(id, submitted.row().version(), "RECOMMEND", "同意推荐", Map.of())))
                .isInstanceOf(FormValidationException.class);
        ApplicationDetail recommended = as(district, Role.COUNTY, () -> applications.perform(id,
                submitted.row().version(), "RECOMMEND", "同意推荐", Map.of("recommendation.letterNumber", "东科推〔2026〕3号",
                        "recommendation.date", LocalDate.of(2026, 9, 24))));
        assertThat(recommended.row().stage()).isEqualTo("BUREAU_REVIEW");

        // a stale version is refused
        assertThatThrownBy(() -> as(bureau, Role.BUREAU,
                () -> applications.perform(id, submitted.row().version(), "ACCEPT", null, Map.of())))
                .isInstanceOf(OptimisticLockingFailureException.class);

        // the pledge of article 3 clause 4 is the bureau's to verify: its re-check waits for it
        assertThatThrownBy(() -> as(bureau, Role.BUREAU,
                () -> applications.perform(id, recommended.row().version(), "ACCEPT", "材料齐全", Map.of())))
                .isInstanceOf(WorkflowRefusedException.class)
                .satisfies(e -> assertThat(((WorkflowRefusedException) e).getReasons())
                        .anySatisfy(r -> assertThat(r.zh()).contains("尚未核实").contains("3.4")));
        as(bureau, Role.BUREAU, () -> checklist.mark(id, "3.4", true, "已核对承诺书", null));
        ApplicationDetail accepted = as(bureau, Role.BUREAU,
                () -> applications.perform(id, recommended.row().version(), "ACCEPT", "材料齐全", Map.of()));
        ApplicationDetail noticed = as(bureau, Role.BUREAU,
                () -> applications.perform(id, accepted.row().version(), "PASS", "局务会议通过", Map.of()));
        assertThat(noticed.row().stageKind()).isEqualTo(StageKind.NOTICE);
        LocalDate end = as(bureau, Role.BUREAU, () -> calendar.period(LocalDate.of(2026, 9, 24), 7)).last();
        assertThat(noticed.noticeStart()).isEqualTo(LocalDate.of(2026, 9, 24));
        assertThat(noticed.noticeEnd()).isEqualTo(end).isAfter(LocalDate.of(2026, 10, 8));

        // the bureau publishes the notice the same day: it runs from today
        NoticeSummary published = as(bureau, Role.BUREAU, () -> NoticeSamples.publish(publicNotices, "990100", id));
        assertThat(published.periodEnd()).isEqualTo(end);
        assertThat(as(bureau, Role.BUREAU, () -> applications.get(id)).noticeEnd()).isEqualTo(end);

        // the notice runs: nothing happens on its last day; the day after, the portal recognises the center
        clock.set(end);
        notices.closeEndedNotices();
        assertThat(as(bureau, Role.BUREAU, () -> applications.get(id)).row().stage()).isEqualTo("PUBLIC_NOTICE");
        clock.set(end.plusDays(1));
        assertThat(notices.closeEndedNotices()).isGreaterThanOrEqualTo(1);
        ApplicationDetail recognised = as(bureau, Role.BUREAU, () -> applications.get(id));
        assertThat(recognised.row().stage()).isEqualTo("RECOGNIZED");
        assertThat(recognised.row().closed()).isTrue();
        assertThat(recognised.row().fullName()).isEqualTo("示例市" + coreName + "技术创新中心");

        List<ApplicationStep> history = as(applicant, Role.APPLICANT, () -> applications.history(id,
                PageRequest.of(0, 20, Sort.by("occurredAt", "id"))).getContent());
        assertThat(history).extracting(ApplicationStep::getTransitionCode)
                .containsExactly(ApplicationStep.CREATED, "SUBMIT", "RECOMMEND", ApplicationStep.VERIFIED, "ACCEPT",
                        "PASS", "END_NOTICE");
        assertThat(history).extracting(ApplicationStep::getActor)
                .containsExactly(applicant, applicant, district, bureau, bureau, bureau, "system");
        assertThat(history.get(2).getComment()).isEqualTo("同意推荐");
        assertThat(as(applicant, Role.APPLICANT, () -> applicationForms.stepValues(id, history.get(2).getId())))
                .containsEntry("recommendation.letterNumber", "东科推〔2026〕3号");

        // the same name cannot be used again
        ApplicationDetail second = as(otherApplicant, Role.APPLICANT, () -> applications.create("990100"));
        Map<String, Object> sameName = TemplateSamples.completeApplication(creditCode, "NEW_MATERIALS", 500);
        sameName.put("coreName", coreName);
        as(otherApplicant, Role.APPLICANT, () -> applications.saveDraft(second.row().id(), second.row().version(),
                sameName, Map.of("3.5", "说明")));
        EligibilityReport secondReport = as(otherApplicant, Role.APPLICANT,
                () -> applications.eligibility(second.row().id()));
        assertThat(secondReport.checks().get(0).ruleId()).isEqualTo(EligibilityChecker.NAMING);
        assertThat(secondReport.checks().get(0).outcome()).isEqualTo(CheckOutcome.FAIL);
    }

    @Test
    void aWithdrawnDraftIsClosedAndCannotBeEdited() {
        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.create("990100"));
        ApplicationDetail withdrawn = as(applicant, Role.APPLICANT,
                () -> applications.perform(filed.row().id(), filed.row().version(), "WITHDRAW", "不再申报", Map.of()));
        assertThat(withdrawn.row().closed()).isTrue();
        assertThat(as(applicant, Role.APPLICANT, () -> applications.actions(filed.row().id()))).isEmpty();
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> applications.saveDraft(filed.row().id(),
                withdrawn.row().version(), TemplateSamples.completeApplication(creditCode, "NEW_MATERIALS", 400), Map.of())))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("application.notEditable");
                    // the stage by its name, in both languages, not by its code
                    assertThat(e.getArguments()).containsExactly(withdrawn.stageName());
                });
    }
}

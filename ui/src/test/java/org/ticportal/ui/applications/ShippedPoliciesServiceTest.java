package org.ticportal.ui.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.ui.Acting;
import org.ticportal.ui.XinzhouSamples;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationGrid;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ApplicationStep;
import org.ticportal.core.application.AvailableAction;
import org.ticportal.core.form.FormValidationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.CheckOutcome;
import org.ticportal.core.application.ChecklistItem;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.WorkflowRefusedException;
import org.ticportal.core.application.EligibilityReport;
import org.ticportal.core.application.RuleCheck;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.form.FormService;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.user.Role;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.ui.PortalTestProperties;

/**
 * The policies the portal ships, run by the engine as the demo accounts would: a complete Xinzhou application goes from
 * the applicant through 忻府区's recommendation, the bureau's re-check, the experts, the revised plan and the
 * Party-group meeting into a 5-working-day public notice; a Shanxi application of the same unit goes to the province
 * through the city bureau; and every shipped policy's forms fit its rules and steps.
 */
@SpringBootTest
class ShippedPoliciesServiceTest {

    /** The portal's zone (its default, China's time): "today" for step dates, not the JVM's default zone. */
    private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        PortalTestProperties.register(registry);
    }

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationGrid applicationGrid;
    @Autowired
    AttachmentService attachments;
    @Autowired
    FormService forms;
    @Autowired
    PolicyService policies;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    ChecklistService checklist;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void everyShippedPolicysFormsFitItsRulesAndSteps() {
        List<StartedPolicy> started = as("admin", Role.ADMIN, policies::startedPolicies);
        assertThat(started).extracting(StartedPolicy::policyId).contains("xinzhou", "shanxi");
        for (StartedPolicy p : started) {
            assertThat(as("admin", Role.ADMIN, () -> forms.consistencyProblems(p.pin()))).as(p.policyId()).isEmpty();
        }
    }

    @Test
    void aCompleteXinzhouApplicationRunsFromTheApplicantToThePublicNotice() {
        ApplicationDetail app = as("applicant", Role.APPLICANT, () -> applications.create("140900"));
        long id = app.row().id();
        assertThat(app.row().channel()).isEqualTo(SubmissionChannel.RECOMMENDED);
        assertThat(app.row().recommendingBodyCode()).isEqualTo("140902");
        attachEvery(id, "APPLICATION", "applicant", Role.APPLICANT);
        ApplicationDetail draft = as("applicant", Role.APPLICANT, () -> applications.saveDraft(id,
                applications.get(id).row().version(), XinzhouSamples.completeApplication(), Map.of()));

        EligibilityReport report = as("applicant", Role.APPLICANT, () -> applications.eligibility(id));
        assertThat(report.blocking()).as(report.blocking().toString()).isEmpty();
        assertThat(report.checks()).filteredOn(c -> c.outcome() == CheckOutcome.NEEDS_REVIEW)
                .extracting(RuleCheck::ruleId).contains("8.1c", "8.2c", "8.3a");
        // the application's screen reads it once: its steps, and its check when asked for
        ApplicationDetail page = as("applicant", Role.APPLICANT, () -> applications.get(id, true));
        assertThat(page.eligibility()).usingRecursiveComparison().isEqualTo(report);
        assertThat(page.actions()).extracting(AvailableAction::code).containsExactlyElementsOf(
                as("applicant", Role.APPLICANT, () -> applications.actions(id)).stream().map(AvailableAction::code)
                        .toList()).contains("SUBMIT_TO_COUNTY");
        assertThat(as("applicant", Role.APPLICANT, () -> applications.get(id)).eligibility()).isNull();

        ApplicationDetail submitted = step("applicant", Role.APPLICANT, id, draft, "SUBMIT_TO_COUNTY", null, Map.of());
        attachEvery(id, "RECOMMENDATION", "county", Role.COUNTY);
        // what the step requires names the field and the evidence as the county reviewer reads them
        AvailableAction recommend = as("county", Role.COUNTY, () -> applications.actions(id)).stream()
                .filter(a -> a.code().equals("RECOMMEND")).findFirst().orElseThrow();
        assertThat(recommend.requirements()).extracting(r -> r.text().zh())
                .anySatisfy(t -> assertThat(t).startsWith("已填写“推荐文件文号”（第九条"))
                .anySatisfy(t -> assertThat(t).startsWith("已上传证明材料“正式推荐文件（盖章）”（第九条"))
                .allSatisfy(t -> assertThat(t).doesNotContain("recommendation.").doesNotContain("RECOMMENDATION_LETTER"));
        // a letter dated tomorrow has not been issued yet: refused at its field
        assertThatThrownBy(() -> step("county", Role.COUNTY, id, submitted, "RECOMMEND", "同意推荐",
                Map.of("recommendation.letterNumber", "忻府科推〔2026〕1号", "recommendation.date",
                        LocalDate.now(CHINA).plusDays(1), "recommendation.opinion", "材料真实，同意推荐")))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.getProblems())
                        .extracting(p -> p.fieldKey() + ":" + p.messageKey())
                        .containsExactly("recommendation.date:application.date.future"));
        // the county verifies the credit record (8.4c) before it recommends
        assertThat(verifyAll(id, "county", Role.COUNTY)).containsExactly("8.4c");
        ApplicationDetail recommended = step("county", Role.COUNTY, id, submitted, "RECOMMEND", "同意推荐",
                Map.of("recommendation.letterNumber", "忻府科推〔2026〕1号", "recommendation.date", LocalDate.now(CHINA),
                        "recommendation.opinion", "材料真实，同意推荐"));
        // the bureau's re-check is its part of the checklist
        assertThatThrownBy(() -> step("bureau", Role.BUREAU, id, recommended, "ACCEPT", "复核通过", Map.of()))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, e -> assertThat(e.getReasons())
                        .anySatisfy(r -> assertThat(r.zh()).startsWith("尚未核实：").contains("8.4b", "8.3b-proof")));
        assertThat(verifyAll(id, "bureau", Role.BUREAU)).contains("8.1a-proof", "8.3b-proof", "8.4b")
                .doesNotContain("8.4c", "8.4a-policy");
        ApplicationDetail accepted = step("bureau", Role.BUREAU, id, recommended, "ACCEPT", "复核通过", Map.of());
        assertThat(verifyAll(id, "bureau", Role.BUREAU)).as("the panel's items, recorded by the bureau")
                .contains("8.4a-policy");
        ApplicationDetail argued = step("bureau", Role.BUREAU, id, accepted, "RECOMMENDED", "专家组一致推荐",
                Map.of("expert.defenseDate", LocalDate.now(CHINA), "expert.panelConclusion", "RECOMMENDED",
                        "expert.opinion", "建议认定", "expert.averageScore", 86));
        // the plan filed with the application is no revision: a new version is needed
        assertThatThrownBy(() -> step("applicant", Role.APPLICANT, id, argued, "RESUBMIT_PLAN", "已按专家意见完善",
                Map.of("planRevision.changes", "补充了产业化路线")))
                .isInstanceOf(org.ticportal.core.form.FormValidationException.class);
        attachEvery(id, "PLAN_REVISION", "applicant", Role.APPLICANT);
        ApplicationDetail revised = step("applicant", Role.APPLICANT, id, argued, "RESUBMIT_PLAN", "已按专家意见完善",
                Map.of("planRevision.changes", "补充了产业化路线"));
        assertThat(as("bureau", Role.BUREAU, () -> attachments.list(id)))
                .filteredOn(a -> "CONSTRUCTION_PLAN".equals(a.getEvidenceCode()))
                .extracting(a -> a.getFormCode()).containsExactly("APPLICATION", "PLAN_REVISION");
        ApplicationDetail noticed = step("bureau", Role.BUREAU, id, revised, "PASSED", "党组会议研究通过",
                Map.of("partyGroup.meetingDate", LocalDate.now(CHINA), "partyGroup.minutesNumber", "2026年第12次"));

        assertThat(noticed.row().stage()).isEqualTo("PUBLIC_NOTICE");
        assertThat(noticed.noticeEnd()).isEqualTo(as("bureau", Role.BUREAU,
                () -> calendar.period(LocalDate.now(CHINA), 5)).last());
        assertThat(noticed.row().fullName()).isEqualTo("忻州市示范新材料技术创新中心");

        // the history names the portal's own steps and the policy's in both languages
        List<ApplicationStep> history = as("bureau", Role.BUREAU, () -> applications.history(id,
                PageRequest.of(0, 20, Sort.by("occurredAt", "id"))).getContent());
        assertThat(history).extracting(step -> noticed.stepLabel(step).zh())
                .startsWith("创建申请", "提交县（市、区）科技主管部门审核");
        assertThat(noticed.stepLabel(history.get(0)).en()).isEqualTo("Application created");
    }

    /** Marks verified every checklist item the user may mark now; returns their rule ids. */
    private List<String> verifyAll(long id, String user, Role role) {
        List<ChecklistItem> mine = as(user, role, () -> checklist.items(id)).stream()
                .filter(ChecklistItem::markable).filter(ChecklistItem::blocks).toList();
        for (ChecklistItem i : mine) {
            as(user, role, () -> checklist.mark(id, i.ruleId(), true, "已核实", i.version()));
        }
        return mine.stream().map(ChecklistItem::ruleId).toList();
    }

    @Test
    void theSameUnitAppliesToTheProvinceThroughTheCityBureauAndMeetsTheProvincialThresholds() {
        // the province takes applications in calls only: the applicant files in the open (demo) call
        assertThat(as("applicant", Role.APPLICANT, () -> applications.filingOptions("140000")).rollingFiling())
                .isFalse();
        long call = as("applicant", Role.APPLICANT, () -> applications.filingOptions("140000")).openCalls()
                .getFirst().id();
        ApplicationDetail app = as("applicant", Role.APPLICANT, () -> applications.create("140000", call));
        assertThat(app.row().pin().policyId()).isEqualTo("shanxi");
        assertThat(app.row().recommendingBodyCode()).as("忻州市科技局 recommends to the province").isEqualTo("140900");
        Map<String, Object> values = new HashMap<>(Map.of("area.usable", 800, "centerType", "FIELD"));
        ApplicationDetail saved = as("applicant", Role.APPLICANT, () -> applications.saveDraft(app.row().id(),
                app.row().version(), values, Map.of()));
        EligibilityReport report = as("applicant", Role.APPLICANT, () -> applications.eligibility(saved.row().id()));
        assertThat(report.checks()).filteredOn(c -> c.message().zh().contains("800")).singleElement()
                .satisfies(c -> {
                    assertThat(c.outcome()).isEqualTo(CheckOutcome.FAIL);
                    assertThat(c.message().zh()).contains("1000");
                });
        // the city bureau does not see a draft; the county reviewer of 忻府区 never sees a provincial application
        assertThat(as("city", Role.COUNTY, () -> applicationGrid.count(
                org.ticportal.core.application.ApplicationFilter.ALL))).isZero();
        // the unit withdraws the draft: the province takes one application of a unit a year, and other tests file
        // the demo unit's Shanxi application in this database
        assertThat(step("applicant", Role.APPLICANT, saved.row().id(), saved, "WITHDRAW", "测试结束撤回", Map.of())
                .row().stage()).isEqualTo("WITHDRAWN");
    }

    private ApplicationDetail step(String user, Role role, long id, ApplicationDetail before, String code,
                                   String comment, Map<String, Object> values) {
        return as(user, role, () -> applications.perform(id, applications.get(id).row().version(), code, comment,
                values));
    }

    /** Attaches a small PDF to every attachment field of a form, as the user would upload one. */
    private void attachEvery(long id, String formCode, String user, Role role) {
        as(user, role, () -> {
            XinzhouSamples.attachEvery(applications, attachments, id, formCode);
            return null;
        });
    }

    private <T> T as(String username, Role role, Supplier<T> work) {
        return Acting.as(security, username, role, work);
    }
}

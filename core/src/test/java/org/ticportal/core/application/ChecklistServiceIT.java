package org.ticportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.procedure.Actor;

/**
 * The reviewers' checklist on real MariaDB, under a policy whose districts verify the applicant's pledge (rule 3.4 of
 * the template made into 990500's policy): the district cannot recommend while the pledge is open or marked not
 * verified; another district and the bureau cannot mark it; the marks say who verified what and when, and are in the
 * case's history and the audit trail.
 */
@IntegrationTest
class ChecklistServiceIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    PortalTime time;

    @Autowired
    ApplicationService applications;
    @Autowired
    ChecklistService checklist;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;

    private String applicant;
    private String district;
    private String otherDistrict;
    private String bureau;
    private String creditCode;

    @BeforeEach
    void people() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        creditCode = TemplateSamples.creditCode(suffix);
        Unit unit = units.save(new Unit("核查新材料有限公司" + suffix, creditCode, "990101", java.time.Instant.now()));
        as("root", Role.ADMIN, () -> {
            applicant = users.create(new UserDraft("cka" + suffix, "申报人", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            district = users.create(new UserDraft("ckd" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            otherDistrict = users.create(new UserDraft("ckw" + suffix, "西区审核", null, null, Role.COUNTY, "990102",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("ckb" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    "990500")).user().getUsername();
            return null;
        });
    }

    @Test
    void aDistrictRecommendsOnlyOnceItHasVerifiedThePledgeItOwnsAndOnlyItMayMarkIt() {
        long id = submitted();
        ApplicationDetail atDistrict = as(district, Role.COUNTY, () -> applications.get(id));
        Map<String, Object> letter = Map.of("recommendation.letterNumber", "东科推〔2026〕9号",
                "recommendation.date", time.today());

        List<ChecklistItem> items = as(district, Role.COUNTY, () -> checklist.items(id));
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.ruleId()).isEqualTo("3.4");
            assertThat(i.owner()).isEqualTo(Actor.RECOMMENDING_BODY);
            assertThat(i.verified()).isNull();
            assertThat(i.markable()).isTrue();
        });
        assertThat(as(bureau, Role.BUREAU, () -> checklist.items(id))).singleElement()
                .satisfies(i -> assertThat(i.markable()).as("the bureau sees the district's item, cannot mark it")
                        .isFalse());

        // the step forward is refused naming the open item; nothing changed
        assertThatThrownBy(() -> as(district, Role.COUNTY, () -> applications.perform(id,
                atDistrict.row().version(), "RECOMMEND", "同意推荐", letter)))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, e -> assertThat(e.getReasons())
                        .anySatisfy(r -> assertThat(r.zh()).isEqualTo("尚未核实：3.4 无重大安全、质量、环境问题的承诺")));

        // another district does not even see the case; the bureau sees it but the item is not its own
        assertThatThrownBy(() -> as(otherDistrict, Role.COUNTY, () -> checklist.mark(id, "3.4", true, null, null)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("application.notFound");
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> checklist.mark(id, "3.4", true, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        // the applicant has no say on the checklist, and an AUTO rule is no item
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> checklist.mark(id, "3.4", true, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(district, Role.COUNTY, () -> checklist.mark(id, "3.2", true, null, null)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("checklist.notItem");

        // not verified needs a reason, and still keeps the recommendation back
        assertThatThrownBy(() -> as(district, Role.COUNTY, () -> checklist.mark(id, "3.4", false, " ", null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).isEqualTo("note"));
        ChecklistItem refused = as(district, Role.COUNTY,
                () -> checklist.mark(id, "3.4", false, "信用记录待补充", null));
        assertThat(refused.verified()).isFalse();
        assertThatThrownBy(() -> as(district, Role.COUNTY, () -> applications.perform(id,
                atDistrict.row().version(), "RECOMMEND", "同意推荐", letter)))
                .isInstanceOf(WorkflowRefusedException.class);

        // a mark made on a stale reading is refused
        assertThatThrownBy(() -> as(district, Role.COUNTY, () -> checklist.mark(id, "3.4", true, null, null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        ChecklistItem verified = as(district, Role.COUNTY,
                () -> checklist.mark(id, "3.4", true, "已查信用中国，无失信记录", refused.version()));

        // verified by whom and when, for everyone who sees the case
        assertThat(as(bureau, Role.BUREAU, () -> checklist.items(id))).singleElement().satisfies(i -> {
            assertThat(i.verified()).isTrue();
            assertThat(i.verifiedBy()).isEqualTo(district);
            assertThat(i.verifiedAt()).isNotNull();
            assertThat(i.note()).isEqualTo("已查信用中国，无失信记录");
        });
        assertThat(verified.version()).isGreaterThan(refused.version());

        ApplicationDetail recommended = as(district, Role.COUNTY, () -> applications.perform(id,
                atDistrict.row().version(), "RECOMMEND", "同意推荐", letter));
        assertThat(recommended.row().stage()).isEqualTo("BUREAU_REVIEW");

        // both marks are in the case's history, in order, with the district as actor
        List<ApplicationStep> history = as(applicant, Role.APPLICANT, () -> applications.history(id,
                PageRequest.of(0, 20, Sort.by("occurredAt", "id"))).getContent());
        assertThat(history).extracting(ApplicationStep::getTransitionCode).containsExactly(ApplicationStep.CREATED,
                "SUBMIT", ApplicationStep.NOT_VERIFIED, ApplicationStep.VERIFIED, "RECOMMEND");
        assertThat(history.get(2).getActor()).isEqualTo(district);
        assertThat(history.get(2).getComment()).isEqualTo("3.4：信用记录待补充");
        assertThat(recommended.stepLabel(history.get(3)).zh()).isEqualTo("核实通过");
    }

    /**
     * A district that verified the pledge and then returns the case for revision has the item open again once the
     * applicant resubmits (the applicant may have changed the evidence): it must verify it again before recommending.
     * The reopening is in the case's history, after the return, naming the item and what its mark was.
     */
    @Test
    void aCaseReturnedToTheApplicantHasItsChecklistOpenAgainAndTheReopeningIsInItsHistory() {
        long id = submitted("特种玻璃", "李研究员");
        as(district, Role.COUNTY, () -> checklist.mark(id, "3.4", true, "已查信用中国", null));
        long version = as(district, Role.COUNTY, () -> applications.get(id)).row().version();
        ApplicationDetail returned = as(district, Role.COUNTY, () -> applications.perform(id, version, "RETURN",
                "请补充承诺书原件", Map.of()));
        assertThat(returned.row().stage()).isEqualTo("DRAFT");
        assertThat(as(district, Role.COUNTY, () -> checklist.items(id))).singleElement().satisfies(i -> {
            assertThat(i.verified()).as("open again").isNull();
            assertThat(i.verifiedBy()).isNull();
        });

        ApplicationDetail resubmitted = as(applicant, Role.APPLICANT, () -> applications.perform(id,
                returned.row().version(), "SUBMIT", null, Map.of()));
        Map<String, Object> letter = Map.of("recommendation.letterNumber", "东科推〔2026〕10号",
                "recommendation.date", time.today());
        assertThatThrownBy(() -> as(district, Role.COUNTY, () -> applications.perform(id,
                resubmitted.row().version(), "RECOMMEND", "同意推荐", letter)))
                .isInstanceOf(WorkflowRefusedException.class);
        as(district, Role.COUNTY, () -> checklist.mark(id, "3.4", true, "已核对新承诺书", null));
        assertThat(as(district, Role.COUNTY, () -> applications.perform(id, resubmitted.row().version(),
                "RECOMMEND", "同意推荐", letter)).row().stage()).isEqualTo("BUREAU_REVIEW");

        List<ApplicationStep> history = as(applicant, Role.APPLICANT, () -> applications.history(id,
                PageRequest.of(0, 20, Sort.by("occurredAt", "id"))).getContent());
        assertThat(history).extracting(ApplicationStep::getTransitionCode).containsExactly(ApplicationStep.CREATED,
                "SUBMIT", ApplicationStep.VERIFIED, "RETURN", ApplicationStep.CHECKLIST_REOPENED, "SUBMIT",
                ApplicationStep.VERIFIED, "RECOMMEND");
        ApplicationStep reopened = history.get(4);
        assertThat(reopened.getComment()).isEqualTo("3.4（原为核实通过）");
        assertThat(returned.stepLabel(reopened).zh()).isEqualTo("退回修改后核查项重新待核实");
    }

    /** A complete application of the 990500 city's template policy, submitted to its district. */
    private long submitted() {
        return submitted(null, null);
    }

    /** The same, under a center name and director of its own (no two open applications share them). */
    private long submitted(String coreName, String director) {
        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.create("990500"));
        assertThat(filed.row().pin().policyId()).isEqualTo("checkcity");
        long id = filed.row().id();
        Map<String, Object> values = new java.util.HashMap<>(TemplateSamples.completeApplication(creditCode,
                "NEW_MATERIALS", 320));
        if (coreName != null) {
            values.put("coreName", coreName);
            values.put("director.name", director);
        }
        ApplicationDetail ready = as(applicant, Role.APPLICANT, () -> applications.saveDraft(id,
                filed.row().version(), values, Map.of("3.5", "研发投入集中在今年")));
        assertThat(as(applicant, Role.APPLICANT, () -> checklist.items(id))).singleElement()
                .satisfies(i -> assertThat(i.markable()).isFalse());
        return as(applicant, Role.APPLICANT, () -> applications.perform(id, ready.row().version(), "SUBMIT", null,
                Map.of())).row().id();
    }
}

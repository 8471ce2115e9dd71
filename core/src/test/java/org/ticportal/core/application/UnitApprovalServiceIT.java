package org.ticportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.procedure.Actor;

/**
 * The unit administrator's approval (申报单位管理员审核) on real MariaDB, under the template made into 990700's policy,
 * whose procedure has Shanxi's unit review: the applicant submits into the unit's review; until the unit's
 * administrator approves, the case has not left the unit — the district and the bureau neither list nor open it, also
 * after the district returned it once; only the unit's administrator approves or returns it (with reasons); the
 * submission is dated when it leaves the unit; the history records the role 申报单位管理员.
 */
@IntegrationTest
class UnitApprovalServiceIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationGrid applicationGrid;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;

    private String administrator;
    private String colleague;
    private String district;
    private String bureau;
    private String creditCode;
    private String suffix;

    @BeforeEach
    void people() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        creditCode = TemplateSamples.creditCode(suffix);
        Unit unit = units.save(new Unit("审核新材料有限公司" + suffix, creditCode, "990101", Instant.now()));
        as("root", Role.ADMIN, () -> {
            // the unit's first user is its administrator
            administrator = users.create(new UserDraft("uaa" + suffix, "单位管理员", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            colleague = users.create(new UserDraft("uac" + suffix, "申报人", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            district = users.create(new UserDraft("uad" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("uab" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    "990700")).user().getUsername();
            return null;
        });
        assertThat(as(administrator, Role.APPLICANT, () -> users.currentScope()).unitAdministrator()).isTrue();
        assertThat(as(colleague, Role.APPLICANT, () -> users.currentScope()).unitAdministrator()).isFalse();
    }

    @Test
    void aSubmissionLeavesTheUnitOnlyWhenItsAdministratorApprovesIt() {
        ApplicationDetail filed = as(colleague, Role.APPLICANT, () -> applications.create("990700"));
        assertThat(filed.row().pin().policyId()).isEqualTo("unitcity");
        long id = filed.row().id();
        String ref = filed.row().referenceNo();
        Map<String, Object> values = TemplateSamples.completeApplication(creditCode, "NEW_MATERIALS", 320);
        values.put("coreName", TemplateSamples.uniqueCoreName(suffix));
        as(colleague, Role.APPLICANT, () -> applications.saveDraft(id,
                filed.row().version(), values, Map.of("3.5", "研发投入集中在今年")));

        // the applicant's submit goes to the unit's review: not yet submitted to the district
        ApplicationDetail inUnit = step(colleague, id, "SUBMIT", null);
        assertThat(inUnit.row().stage()).isEqualTo("UNIT_REVIEW");
        assertThat(inUnit.row().submittedAt()).isNull();
        assertNeitherDistrictNorBureauSees(id, ref);

        // a colleague who does not administer the unit gets no buttons and is refused on the server
        assertThat(as(colleague, Role.APPLICANT, () -> applications.actions(id))).extracting(AvailableAction::code)
                .doesNotContain("APPROVE", "RETURN");
        assertThatThrownBy(() -> step(colleague, id, "APPROVE", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> step(district, Role.COUNTY, id, "APPROVE", null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("application.notFound");

        // the administrator approves or returns; a return needs reasons
        assertThat(as(administrator, Role.APPLICANT, () -> applications.actions(id)))
                .filteredOn(a -> a.actor() == Actor.UNIT_ADMINISTRATOR).extracting(AvailableAction::code)
                .containsExactlyInAnyOrder("APPROVE", "RETURN");
        assertThatThrownBy(() -> step(administrator, id, "RETURN", " "))
                .isInstanceOf(WorkflowRefusedException.class);
        ApplicationDetail returned = step(administrator, id, "RETURN", "请补充研发投入说明");
        assertThat(returned.row().stage()).isEqualTo("DRAFT");
        assertThat(returned.row().submittedAt()).isNull();
        assertNeitherDistrictNorBureauSees(id, ref);

        // resubmitted and approved: it leaves the unit now, and is dated so
        step(colleague, id, "SUBMIT", null);
        assertNeitherDistrictNorBureauSees(id, ref);
        Instant beforeApproval = Instant.now();
        ApplicationDetail approved = step(administrator, id, "APPROVE", "同意报送");
        assertThat(approved.row().stage()).isEqualTo("COUNTY_REVIEW");
        assertThat(approved.row().submittedAt()).isNotNull().isAfterOrEqualTo(beforeApproval);
        Instant leftTheUnit = as(district, Role.COUNTY, () -> applications.get(id)).row().submittedAt();
        assertThat(as(district, Role.COUNTY, () -> applications.get(id)).row().stage()).isEqualTo("COUNTY_REVIEW");
        assertThat(as(district, Role.COUNTY, () -> applicationGrid.count(ApplicationFilter.ALL.withText(ref))))
                .isOne();
        assertThat(as(bureau, Role.BUREAU, () -> applicationGrid.count(ApplicationFilter.ALL.withText(ref)))).isOne();

        // returned by the district, the case goes through the unit again: while it waits there, the district does
        // not see it, although it was submitted before
        step(district, Role.COUNTY, id, "RETURN", "请完善建设方案");
        assertThat(as(district, Role.COUNTY, () -> applications.get(id)).row().stage()).isEqualTo("DRAFT");
        step(colleague, id, "SUBMIT", null);
        assertNeitherDistrictNorBureauSees(id, ref);
        assertThat(as(colleague, Role.APPLICANT, () -> applicationGrid.count(ApplicationFilter.ALL.withText(ref))))
                .as("the unit still sees its case").isOne();
        step(administrator, id, "APPROVE", null);
        assertThat(as(district, Role.COUNTY, () -> applications.get(id)).row().submittedAt())
                .as("first left the unit at the first approval").isEqualTo(leftTheUnit);
        assertThat(as(district, Role.COUNTY, () -> applications.get(id)).row().stage()).isEqualTo("COUNTY_REVIEW");

        // the history says who approved and returned, as the unit's administrator
        List<ApplicationStep> history = as(colleague, Role.APPLICANT, () -> applications.history(id,
                PageRequest.of(0, 20, Sort.by("occurredAt", "id"))).getContent());
        assertThat(history).extracting(ApplicationStep::getTransitionCode).containsExactly(ApplicationStep.CREATED,
                "SUBMIT", "RETURN", "SUBMIT", "APPROVE", "RETURN", "SUBMIT", "APPROVE");
        assertThat(history).filteredOn(s -> s.getActor().equals(administrator))
                .hasSize(3).allSatisfy(s -> assertThat(s.getActorRole()).isEqualTo("UNIT_ADMIN"));
        assertThat(history.get(2).getComment()).isEqualTo("请补充研发投入说明");
        assertThat(history).filteredOn(s -> s.getActor().equals(colleague) && "SUBMIT".equals(s.getTransitionCode()))
                .hasSize(3).allSatisfy(s -> assertThat(s.getActorRole()).isEqualTo("APPLICANT"));
        assertThat(history.get(5).getActorRole()).isEqualTo("COUNTY");
    }

    private void assertNeitherDistrictNorBureauSees(long id, String ref) {
        assertThat(as(district, Role.COUNTY, () -> applicationGrid.count(ApplicationFilter.ALL.withText(ref))))
                .isZero();
        assertThat(as(district, Role.COUNTY, () -> applicationGrid.list(ApplicationFilter.ALL,
                PageRequest.of(0, 500)).getContent())).extracting(ApplicationRow::id).doesNotContain(id);
        assertThatThrownBy(() -> as(district, Role.COUNTY, () -> applications.get(id)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("application.notFound");
        assertThat(as(bureau, Role.BUREAU, () -> applicationGrid.count(ApplicationFilter.ALL.withText(ref)))).isZero();
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> applications.get(id)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("application.notFound");
    }

    private ApplicationDetail step(String user, long id, String code, String comment) {
        return step(user, Role.APPLICANT, id, code, comment);
    }

    private ApplicationDetail step(String user, Role role, long id, String code, String comment) {
        return as(user, role, () -> applications.perform(id, applications.get(id).row().version(), code, comment,
                Map.of()));
    }
}

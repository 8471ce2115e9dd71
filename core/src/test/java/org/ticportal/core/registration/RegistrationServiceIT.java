package org.ticportal.core.registration;

import org.springframework.data.domain.Sort;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitFilter;
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.unit.UnitState;
import org.ticportal.core.user.CreatedCredentials;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UnitAccounts;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.CreditCode;

/**
 * Units registering themselves on the public page, under the template policy (示例市 990100: districts 990101 and
 * 990102, municipal units 990100 on the direct channel): what is refused, the rate limit, and who confirms.
 */
@IntegrationTest
class RegistrationServiceIT {

    private static final String PASSWORD = "Registered#Unit2026";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    RegistrationService registrations;
    @Autowired
    UnitService units;
    @Autowired
    UserService users;
    @Autowired
    UnitAccounts unitAccounts;
    @Autowired
    ApplicationService applications;

    @Test
    void theChoicesOfferEveryJurisdictionWithAnActivePolicyAndItsDivisions() {
        RegistrationChoices choices = registrations.choices();
        assertThat(choices.jurisdictions()).extracting(RegistrationChoices.JurisdictionChoice::code)
                .contains("990100", "990200");
        assertThat(choices.jurisdictions()).filteredOn(j -> j.code().equals("990100")).singleElement()
                .satisfies(j -> assertThat(j.divisions()).extracting(RegistrationChoices.Option::code)
                        .contains("990100", "990101", "990102"))
                .satisfies(j -> assertThat(j.divisions()).filteredOn(RegistrationChoices.Option::direct)
                        .extracting(RegistrationChoices.Option::code).containsExactly("990100"));
    }

    @Test
    void aCreditCodeWithAWrongCheckDigitIsRefusedAtItsField() {
        String suffix = suffix();
        String good = code(suffix);
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        UnitRegistration form = form(suffix, good.substring(0, 17) + wrong, "990101");
        assertThatThrownBy(() -> register(form, "10.1.0.1"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("registration.creditCode.invalid");
                    assertThat(e.getField()).isEqualTo("creditCode");
                });
    }

    @Test
    void aSecondRegistrationOfTheSameCreditCodeIsRefused() {
        String suffix = suffix();
        Unit first = register(form(suffix, code(suffix), "990101"), "10.1.0.2");
        assertThat(first.getState()).isEqualTo(UnitState.PENDING);

        UnitRegistration again = form(suffix() , code(suffix), "990102");
        assertThatThrownBy(() -> register(again, "10.1.0.3"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("unit.creditCode.taken");
                    assertThat(e.getField()).isEqualTo("creditCode");
                });
    }

    @Test
    void anAddressThatUsedItsAttemptsIsRefusedEvenWithARightForm() {
        String address = "10.2." + (int) (Math.random() * 250) + ".7";
        Challenge challenge = new Challenge(3, 4);
        for (int i = 0; i < 5; i++) {
            String suffix = suffix();
            assertThatThrownBy(() -> registrations.register(form(suffix, code(suffix), "990101"), challenge, "8",
                    "licence.pdf", pdf(), address)).hasMessageContaining("registration.challenge.wrong");
        }
        String suffix = suffix();
        assertThatThrownBy(() -> registrations.register(form(suffix, code(suffix), "990101"), challenge, "7",
                "licence.pdf", pdf(), address)).hasMessageContaining("registration.rateLimited");
        // another address is not affected
        assertThat(registrations.register(form(suffix, code(suffix), "990101"), challenge, "7", "licence.pdf", pdf(),
                address + "1").getState()).isEqualTo(UnitState.PENDING);
    }

    @Test
    void aLicenceThatIsNoPdfOrImageIsRefusedAndNothingIsKept() {
        String suffix = suffix();
        UnitRegistration form = form(suffix, code(suffix), "990101");
        assertThatThrownBy(() -> registrations.register(form, new Challenge(1, 1), "2", "licence.pdf",
                new ByteArrayInputStream(new byte[] {'M', 'Z', 0, 1}), "10.1.0.4"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).isEqualTo("licence"));
        // the same registration with a real scan goes through: nothing of the refused one was kept
        assertThat(register(form, "10.1.0.4").getCreditCode()).isEqualTo(code(suffix));
    }

    @Test
    void onlyTheCountyTheDivisionBelongsToConfirmsAndItsAdministratorThenFilesAndInvites() {
        String suffix = suffix();
        Unit unit = register(form(suffix, code(suffix), "990101"), "10.1.0.5");
        String admin = "adm" + suffix;
        String east = county(suffix, "e", "990101");
        String west = county(suffix, "w", "990102");

        // signed in but waiting: no filing, no inviting
        assertThatThrownBy(() -> as(admin, Role.APPLICANT, () -> applications.create("990100")))
                .hasMessageContaining("unit.notConfirmed");
        assertThatThrownBy(() -> as(admin, Role.APPLICANT, () -> unitAccounts.inviteColleague(colleague("c" + suffix))))
                .hasMessageContaining("unit.notConfirmed");

        // another county neither sees it in its grid nor confirms it by its id
        assertThat(as(west, Role.COUNTY, () -> units.list(UnitFilter.NONE.withText(code(suffix)),
                PageRequest.of(0, 10))).getContent()).isEmpty();
        assertThatThrownBy(() -> as(west, Role.COUNTY, () -> units.confirm(unit.getId(), unit.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        String bureau = bureau(suffix);
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> units.confirm(unit.getId(),
                unit.getVersion()))).as("the bureau confirms municipal units only")
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as(east, Role.COUNTY, () -> units.list(UnitFilter.NONE.withState(UnitState.PENDING),
                PageRequest.of(0, 50))).getContent()).extracting(Unit::getId).contains(unit.getId());
        Unit confirmed = as(east, Role.COUNTY, () -> units.confirm(unit.getId(), unit.getVersion()));
        assertThat(confirmed.getState()).isEqualTo(UnitState.CONFIRMED);
        assertThat(as(east, Role.COUNTY, () -> units.history(unit.getId(), PageRequest.of(0, 10))).getContent())
                .extracting(AuditEvent::getAction).contains("REGISTERED", "CONFIRMED");

        // the lead unit's particulars come from the registration, whatever the form sends
        ApplicationDetail app = as(admin, Role.APPLICANT, () -> applications.create("990100"));
        assertThat(app.values()).containsEntry("leadUnit.creditCode", code(suffix))
                .containsEntry("leadUnit.registeredBody", "990101");
        ApplicationDetail saved = as(admin, Role.APPLICANT, () -> applications.saveDraft(app.row().id(),
                app.row().version(), Map.of("leadUnit.creditCode", code(suffix() + "x"),
                        "leadUnit.registeredBody", "990102"), Map.of()));
        assertThat(saved.values()).containsEntry("leadUnit.creditCode", code(suffix))
                .containsEntry("leadUnit.registeredBody", "990101");

        CreatedCredentials invited = as(admin, Role.APPLICANT,
                () -> unitAccounts.inviteColleague(colleague("c" + suffix)));
        assertThat(invited.user().getUnitId()).isEqualTo(unit.getId());
        assertThat(invited.user().isUnitAdministrator()).isFalse();
        assertThat(invited.user().isMustChangePassword()).isTrue();
        assertThatThrownBy(() -> as("c" + suffix, Role.APPLICANT,
                () -> unitAccounts.inviteColleague(colleague("d" + suffix))))
                .as("only the unit's administrator invites").isInstanceOf(AccessDeniedException.class);
        as(admin, Role.APPLICANT, () -> unitAccounts.setColleagueEnabled(invited.user().getId(),
                invited.user().getVersion(), false));
        assertThat(as(admin, Role.APPLICANT, () -> unitAccounts.unitUsers(unit.getId())))
                .filteredOn(u -> u.getUsername().equals("c" + suffix)).singleElement()
                .satisfies(u -> assertThat(u.isEnabled()).isFalse());
    }

    @Test
    void aMunicipalUnitIsConfirmedByTheBureauAndARefusalKeepsItsReason() {
        String suffix = suffix();
        Unit municipal = register(form(suffix, code(suffix), "990100"), "10.1.0.6");
        assertThat(municipal.getConfirmingBodyCode()).isNull();
        String bureau = bureau(suffix);
        String east = county(suffix, "e", "990101");
        assertThatThrownBy(() -> as(east, Role.COUNTY, () -> units.confirm(municipal.getId(),
                municipal.getVersion()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> units.refuse(municipal.getId(),
                municipal.getVersion(), " "))).hasMessageContaining("unit.refuse.reasonRequired");
        Unit refused = as(bureau, Role.BUREAU, () -> units.refuse(municipal.getId(), municipal.getVersion(),
                "营业执照扫描件不清晰"));
        assertThat(refused.getState()).isEqualTo(UnitState.REFUSED);
        assertThat(refused.getRefusalReason()).isEqualTo("营业执照扫描件不清晰");
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> units.confirm(refused.getId(), refused.getVersion())))
                .hasMessageContaining("unit.notPending");
    }

    @Test
    void aRefusalNeedsAReasonAtItsFieldAndIsInTheUnitsHistory() {
        String suffix = suffix();
        Unit unit = register(form(suffix, code(suffix), "990101"), "10.1.0.7");
        String east = county(suffix, "e", "990101");
        assertThatThrownBy(() -> as(east, Role.COUNTY, () -> units.refuse(unit.getId(), unit.getVersion(), " ")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getField()).isEqualTo("reason");
                    assertThat(e.getMessageKey()).isEqualTo("unit.refuse.reasonRequired");
                });
        Unit refused = as(east, Role.COUNTY, () -> units.refuse(unit.getId(), unit.getVersion(), "营业执照不清晰"));
        assertThat(refused.getState()).isEqualTo(UnitState.REFUSED);
        assertThat(as(east, Role.COUNTY, () -> units.history(unit.getId(), PageRequest.of(0, 10))).getContent())
                .filteredOn(a -> a.getAction().equals("REFUSED")).singleElement().satisfies(a -> {
                    assertThat(a.getActor()).isEqualTo(east);
                    assertThat(a.getComment()).isEqualTo("营业执照不清晰");
                    assertThat(a.getOccurredAt()).isNotNull();
                });
    }

    /**
     * A unit moving from the east district to the west one asks for it; the east district (its confirming body)
     * approves, and from then on the west district sees and decides the unit and the east one has lost it. A refusal
     * of a later request needs a reason. The history keeps old and new values, who and when.
     */
    @Test
    void anApprovedDivisionChangeMovesTheUnitToItsNewConfirmingBodyAndARefusalNeedsAReason() {
        String suffix = suffix();
        Unit registered = register(form(suffix, code(suffix), "990101"), "10.1.0.8");
        String admin = "adm" + suffix;
        String east = county(suffix, "e", "990101");
        String west = county(suffix, "w", "990102");
        Unit unit = as(east, Role.COUNTY, () -> units.confirm(registered.getId(), registered.getVersion()));

        assertThatThrownBy(() -> as(admin, Role.APPLICANT, () -> units.requestChange(unit.getId(), unit.getVersion(),
                null, "999999"))).isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getField()).isEqualTo("division"));
        Unit requested = as(admin, Role.APPLICANT, () -> units.requestChange(unit.getId(), unit.getVersion(),
                null, "990102"));
        assertThatThrownBy(() -> as(west, Role.COUNTY, () -> units.decideChange(unit.getId(), requested.getVersion(),
                true, null))).as("the new body does not decide before the move").isInstanceOf(AccessDeniedException.class);
        Unit moved = as(east, Role.COUNTY, () -> units.decideChange(unit.getId(), requested.getVersion(), true,
                "已核实新注册地"));
        assertThat(moved.getRecommendingBodyCode()).isEqualTo("990102");
        assertThat(moved.getConfirmingBodyCode()).isEqualTo("990102");

        // the west district has it now, the east district has lost it
        assertThat(as(west, Role.COUNTY, () -> units.list(UnitFilter.NONE.withText(code(suffix)),
                PageRequest.of(0, 10))).getContent()).extracting(Unit::getId).containsExactly(unit.getId());
        assertThat(as(east, Role.COUNTY, () -> units.list(UnitFilter.NONE.withText(code(suffix)),
                PageRequest.of(0, 10))).getContent()).isEmpty();
        assertThat(as(west, Role.COUNTY, () -> units.mayDecide(moved))).isTrue();
        assertThat(as(east, Role.COUNTY, () -> units.mayDecide(moved))).isFalse();

        // a later change is decided by the west district; refusing it needs a reason
        Unit renamed = as(admin, Role.APPLICANT, () -> units.requestChange(unit.getId(), moved.getVersion(),
                "新名称" + suffix, null));
        assertThatThrownBy(() -> as(east, Role.COUNTY, () -> units.decideChange(unit.getId(), renamed.getVersion(),
                false, "不同意"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(west, Role.COUNTY, () -> units.decideChange(unit.getId(), renamed.getVersion(),
                false, "  "))).isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getField()).isEqualTo("reason");
                    assertThat(e.getMessageKey()).isEqualTo("unit.change.reasonRequired");
                });
        Unit kept = as(west, Role.COUNTY, () -> units.decideChange(unit.getId(), renamed.getVersion(), false,
                "名称与营业执照不一致"));
        assertThat(kept.getName()).isEqualTo("注册单位" + suffix);
        assertThat(kept.hasChangeRequest()).isFalse();

        List<AuditEvent> history = as(west, Role.COUNTY, () -> units.history(unit.getId(),
                PageRequest.of(0, 20, Sort.by("occurredAt", "id")))).getContent();
        assertThat(history).extracting(AuditEvent::getAction).containsExactly("REGISTERED", "CONFIRMED",
                "CHANGE_REQUESTED", "CHANGE_APPROVED", "CHANGE_REQUESTED", "CHANGE_REFUSED");
        AuditEvent approval = history.get(3);
        assertThat(approval.getActor()).isEqualTo(east);
        assertThat(approval.getFromState()).isEqualTo("注册单位" + suffix + " / 990101 / 990101");
        assertThat(approval.getToState()).isEqualTo("注册单位" + suffix + " / 990102 / 990102");
        assertThat(approval.getOccurredAt()).isNotNull();
        assertThat(history.get(5).getActor()).isEqualTo(west);
        assertThat(history.get(5).getComment()).isEqualTo("名称与营业执照不一致");
    }

    private Unit register(UnitRegistration form, String address) {
        return registrations.register(form, new Challenge(2, 3), "5", "营业执照.pdf", pdf(), address);
    }

    private String bureau(String suffix) {
        return as("root", Role.ADMIN, () -> users.create(new UserDraft("bu" + suffix, "科技局" + suffix, null, null,
                Role.BUREAU, null, null, "990100")).user().getUsername());
    }

    private String county(String suffix, String tag, String body) {
        return as("root", Role.ADMIN, () -> users.create(new UserDraft(tag + "cty" + suffix, "县" + tag, null, null,
                Role.COUNTY, body, null)).user().getUsername());
    }

    private static UserDraft colleague(String username) {
        return new UserDraft(username, "同事" + username, null, null, Role.APPLICANT, null, null);
    }

    private static UnitRegistration form(String suffix, String creditCode, String division) {
        return new UnitRegistration("注册单位" + suffix, creditCode, "990100", division, null, "联系人", "0350-1234567",
                "contact@example.cn", "adm" + suffix, "管理员" + suffix, PASSWORD);
    }

    private static ByteArrayInputStream pdf() {
        return new ByteArrayInputStream("%PDF-1.7 licence".getBytes(StandardCharsets.US_ASCII));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    }

    private static String code(String suffix) {
        String digits = Integer.toString(Math.abs(suffix.hashCode() % 100000000) + 100000000).substring(1);
        String first17 = "91990101" + digits + "0";
        return first17 + CreditCode.checkCharacter(first17);
    }
}

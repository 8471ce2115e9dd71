package org.ticportal.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.MovableClock;
import org.ticportal.core.TemplateCenters;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.CheckOutcome;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.EligibilityReport;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.application.RuleCheck;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.center.CenterProfileService;
import org.ticportal.core.center.CenterProfileVersion;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.CoBuilder;
import org.ticportal.core.center.Institute;
import org.ticportal.core.center.CoBuildingMode;
import org.ticportal.core.center.LegalForm;
import org.ticportal.core.center.ProfileDifference;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.procedure.Actor;

/**
 * Change requests of a recognised center (art. 15), on real MariaDB under the template policy (RENAME: the name;
 * RESTRUCTURE: lead unit and co-builders; reviewed by the district, approved by the bureau): a rename approved at both
 * steps gives profile version 2 and the new name, everyone told in turn; a name in use or revoked is refused when filed
 * and a name taken meanwhile when approved; a change of institutes the type does not allow is refused; a new lead unit registered outside the city fails rule 3.1 (AUTO) and the
 * bureau cannot approve, one inside can; another unit can neither file nor see, another district neither sees nor
 * acts, and nobody acts out of turn.
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class ChangeRequestIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    ApplicationService applications;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeCloser notices;
    @Autowired
    NoticeService publicNotices;
    @Autowired
    CenterService centers;
    @Autowired
    CenterProfileService profiles;
    @Autowired
    ChangeRequestService changes;
    @Autowired
    ChangeRequestQueries queries;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    MovableClock clock;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.ticportal.core.notification.NotificationService notifications;

    private String suffix;
    private String applicant;
    private String otherApplicant;
    private String district;
    private String otherDistrict;
    private String bureau;
    private String creditCode;
    private long unitId;

    @BeforeEach
    void people() {
        clock.set(LocalDate.of(2026, 9, 24));
        suffix = UUID.randomUUID().toString().substring(0, 6);
        creditCode = TemplateSamples.creditCode(suffix + "C");
        Unit unit = units.save(new Unit("变更测试公司" + suffix, creditCode, "990101", clock.instant()));
        Unit other = units.save(new Unit("另一公司" + suffix, TemplateSamples.creditCode(suffix + "O"), "990101",
                clock.instant()));
        unitId = unit.getId();
        as("root", Role.ADMIN, () -> {
            applicant = users.create(new UserDraft("cap" + suffix, "申报人", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            otherApplicant = users.create(new UserDraft("cao" + suffix, "他人", null, null, Role.APPLICANT, null,
                    other.getId())).user().getUsername();
            district = users.create(new UserDraft("cdi" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            otherDistrict = users.create(new UserDraft("cdo" + suffix, "西区审核", null, null, Role.COUNTY, "990102",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("cbu" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    "990100")).user().getUsername();
            return null;
        });
    }

    @Test
    void aRenameApprovedByTheDistrictAndTheBureauGivesVersionTwoAndTheNewName() {
        CenterRow center = recognised(coreName("a"));
        assertThat(as(applicant, Role.APPLICANT, () -> queries.types(center.id())))
                .extracting(ChangeTypeOption::code).containsExactly("RENAME", "RESTRUCTURE");
        assertThat(as(applicant, Role.APPLICANT, () -> queries.mayFile(center.id()))).isTrue();
        String newCore = coreName("1a");

        // a rename may change the name only
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> changes.file(center.id(),
                new ChangeRequestDraft("RENAME", newCore, List.of("新方向"), null, null, null, "更名"), "申请.pdf",
                pdf()))).isInstanceOf(BusinessException.class).hasMessageContaining("change.partNotAllowed");
        // a written request needs its letter and reason
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> changes.file(center.id(),
                rename(newCore), null, null))).hasMessageContaining("change.letterRequired");
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> changes.file(center.id(),
                new ChangeRequestDraft("RENAME", newCore, null, null, null, null, " "), "申请.pdf", pdf())))
                .hasMessageContaining("change.reasonRequired");

        ChangeRequestRow filed = as(applicant, Role.APPLICANT, () -> changes.file(center.id(), rename(newCore),
                "更名申请.pdf", pdf()));
        assertThat(filed.state()).isEqualTo(ChangeRequestState.REVIEWING);
        assertThat(filed.currentActor()).isEqualTo(Actor.RECOMMENDING_BODY);
        assertThat(filed.proposedName()).isEqualTo("示例市" + newCore + "技术创新中心");
        // one open request at a time
        assertThat(as(applicant, Role.APPLICANT, () -> queries.mayFile(center.id()))).isFalse();
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> changes.file(center.id(),
                rename(coreName("2a")), "申请.pdf", pdf()))).hasMessageContaining("change.openRequest");
        // the district is told and acts first; the bureau may not act out of turn
        assertThat(notified(district)).isEqualTo(1);
        assertThat(notified(bureau)).isZero();
        assertThat(as(bureau, Role.BUREAU, () -> queries.mayDecide(filed.id()))).isFalse();
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> changes.decide(filed.id(), filed.version(),
                ChangeAction.APPROVE, null, null, null))).hasMessageContaining("change.notYourStep");
        // a return needs a reason
        assertThatThrownBy(() -> as(district, Role.COUNTY, () -> changes.decide(filed.id(), filed.version(),
                ChangeAction.RETURN, " ", null, null))).hasMessageContaining("change.commentRequired");

        ChangeRequestRow reviewed = as(district, Role.COUNTY, () -> changes.decide(filed.id(), filed.version(),
                ChangeAction.APPROVE, "同意更名", "审核意见.pdf", pdf()));
        assertThat(reviewed.currentActor()).isEqualTo(Actor.AUTHORITY);
        assertThat(notified(bureau)).isEqualTo(1);
        // a stale version is refused
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> changes.decide(filed.id(), filed.version(),
                ChangeAction.APPROVE, null, null, null)))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        ChangeRequestRow approved = as(bureau, Role.BUREAU, () -> changes.decide(filed.id(), reviewed.version(),
                ChangeAction.APPROVE, "批准", null, null));
        assertThat(approved.state()).isEqualTo(ChangeRequestState.APPROVED);
        assertThat(approved.resultVersionNo()).isEqualTo(2);

        CenterRow after = as(applicant, Role.APPLICANT, () -> centers.get(center.id()));
        assertThat(after.name()).isEqualTo("示例市" + newCore + "技术创新中心");
        assertThat(after.decisionNumber()).isEqualTo(center.decisionNumber());
        List<CenterProfileVersion> versions = as(applicant, Role.APPLICANT, () -> profiles.versions(center.id()));
        assertThat(versions).extracting(CenterProfileVersion::versionNo).containsExactly(2, 1);
        assertThat(versions.getFirst().recordedBy()).isEqualTo(bureau);
        assertThat(versions.getFirst().reason()).contains("更名").contains("更名理由");
        assertThat(as(applicant, Role.APPLICANT, () -> queries.history(filed.id())))
                .extracting(ChangeStepRow::action, ChangeStepRow::actor, ChangeStepRow::actedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeAction.FILE, "APPLICANT", applicant),
                        org.assertj.core.groups.Tuple.tuple(ChangeAction.APPROVE, "RECOMMENDING_BODY", district),
                        org.assertj.core.groups.Tuple.tuple(ChangeAction.APPROVE, "AUTHORITY", bureau));
        List<ChangeStepRow> history = as(bureau, Role.BUREAU, () -> queries.history(filed.id()));
        assertThat(history.get(1).attachmentName()).isEqualTo("审核意见.pdf");
        assertThat(as(bureau, Role.BUREAU, () -> queries.stepFile(filed.id(), history.get(1).id())).path())
                .exists();
        assertThat(as(district, Role.COUNTY, () -> queries.letter(filed.id())).fileName()).isEqualTo("更名申请.pdf");
        // the lead unit is told the outcome; the old name is free of the center, the new one taken
        assertThat(notified(applicant)).isEqualTo(1);
        assertThat(as(applicant, Role.APPLICANT, () -> queries.checkName(center.id(), newCore)).problems())
                .isNotEmpty();
        assertThat(as("root", Role.ADMIN, () -> audit.history(AuditSubject.CENTER, Long.toString(center.id()),
                PageRequest.of(0, 10)).getContent())).extracting(AuditEvent::getAction)
                .contains("CENTER_RENAMED", "CENTER_PROFILE_VERSION");
        assertThat(as("root", Role.ADMIN, () -> audit.history(AuditSubject.CHANGE_REQUEST,
                Long.toString(filed.id()), PageRequest.of(0, 10)).getContent())).extracting(AuditEvent::getAction)
                .contains("CHANGE_FILED", "CHANGE_APPROVE");
        // the grid finds it by type, state and center
        assertThat(as(bureau, Role.BUREAU, () -> queries.list(new ChangeRequestFilter("RENAME",
                ChangeRequestState.APPROVED, center.name().substring(3, 9), null), PageRequest.of(0, 10))))
                .extracting(ChangeRequestRow::id).containsExactly(filed.id());
    }

    @Test
    void aNameInUseOrRevokedIsRefusedWhenFiledAndANameTakenMeanwhileWhenApproved() {
        CenterRow center = recognised(coreName("b"));
        String heldCore = coreName("3b");
        CenterRow holder = recognised(heldCore);
        String revokedCore = coreName("4b");
        CenterRow revoked = recognised(revokedCore);
        jdbc.update("UPDATE center SET status = 'REVOKED' WHERE id = ?", revoked.id());

        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> changes.file(center.id(), rename(heldCore),
                "申请.pdf", pdf()))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("change.rename.refused");
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> changes.file(center.id(), rename(revokedCore),
                "申请.pdf", pdf()))).hasMessageContaining("change.rename.refused");
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> changes.file(center.id(), rename("AI创新"),
                "申请.pdf", pdf()))).hasMessageContaining("change.rename.refused");
        assertThat(as(applicant, Role.APPLICANT, () -> queries.checkName(center.id(), revokedCore)).problems())
                .extracting(t -> t.zh()).anySatisfy(s -> assertThat(s).contains("已被其他技术创新中心使用"));
        assertThat(as(applicant, Role.APPLICANT, () -> queries.count(ChangeRequestFilter.NONE))).isZero();

        // a free name is filed, then another center takes it before the bureau approves
        String wanted = coreName("5c");
        ChangeRequestRow filed = as(applicant, Role.APPLICANT, () -> changes.file(center.id(), rename(wanted),
                "申请.pdf", pdf()));
        ChangeRequestRow reviewed = as(district, Role.COUNTY, () -> changes.decide(filed.id(), filed.version(),
                ChangeAction.APPROVE, "同意", null, null));
        jdbc.update("UPDATE center SET name = ? WHERE id = ?", filed.proposedName(), holder.id());
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> changes.decide(filed.id(), reviewed.version(),
                ChangeAction.APPROVE, "批准", null, null))).hasMessageContaining("change.rename.refused");
        // nothing was recorded: the request waits for the bureau, the center keeps its name and version
        assertThat(as(bureau, Role.BUREAU, () -> queries.get(filed.id())).currentActor()).isEqualTo(Actor.AUTHORITY);
        assertThat(as(bureau, Role.BUREAU, () -> centers.get(center.id())).name()).isEqualTo(center.name());
        assertThat(as(bureau, Role.BUREAU, () -> profiles.versions(center.id()))).hasSize(1);
        ChangeRequestRow refused = as(bureau, Role.BUREAU, () -> changes.decide(filed.id(), reviewed.version(),
                ChangeAction.REFUSE, "名称已被使用", null, null));
        assertThat(refused.state()).isEqualTo(ChangeRequestState.REFUSED);
        assertThat(notified(applicant)).isEqualTo(1);
    }

    @Test
    void aNewLeadUnitFailingAnAutoRuleIsRefusedAndOneMeetingThemIsApproved() {
        CenterRow center = recognised(coreName("c"));
        Unit outside = units.save(new Unit("外市公司" + suffix, TemplateSamples.creditCode(suffix + "X"), "990201",
                clock.instant()));
        Unit inside = units.save(new Unit("本市新牵头公司" + suffix, TemplateSamples.creditCode(suffix + "I"),
                "990101", clock.instant()));
        List<CoBuilder> coBuilders = List.of(new CoBuilder("丁共建大学" + suffix, CoBuildingMode.MEMBERSHIP, "100"));

        // a restructuring may not rename; an unknown unit is refused
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> changes.file(center.id(),
                new ChangeRequestDraft("RESTRUCTURE", coreName("6c"), null, outside.getCreditCode(), true, null,
                        "重组"), "申请.pdf", pdf()))).hasMessageContaining("change.partNotAllowed");
        // the example policy's restructuring does not touch institutes (its only type has none): a list is refused
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> changes.file(center.id(),
                new ChangeRequestDraft("RESTRUCTURE", null, null, outside.getCreditCode(), true, null, "重组",
                        List.of(new Institute("某研究所" + suffix, null, null, false))), "申请.pdf", pdf())))
                .hasMessageContaining("change.partNotAllowed");
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> changes.file(center.id(),
                restructure("91990101MA0000000X", coBuilders), "申请.pdf", pdf())))
                .hasMessageContaining("change.leadUnitUnknown");

        ChangeRequestRow filed = as(applicant, Role.APPLICANT, () -> changes.file(center.id(),
                restructure(outside.getCreditCode(), coBuilders), "重组申请.pdf", pdf()));
        EligibilityReport report = as(district, Role.COUNTY, () -> queries.eligibility(filed.id())).orElseThrow();
        assertThat(report.checks()).extracting(RuleCheck::ruleId).doesNotContain("NAMING").contains("3.1");
        assertThat(ChangeRequestQueries.failedAuto(report)).extracting(RuleCheck::ruleId).containsExactly("3.1");
        assertThat(as(district, Role.COUNTY, () -> queries.comparison(filed.id())))
                .extracting(ProfileDifference::field).contains("leadUnit", "coBuilders");
        ChangeRequestRow reviewed = as(district, Role.COUNTY, () -> changes.decide(filed.id(), filed.version(),
                ChangeAction.APPROVE, "同意", null, null));
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> changes.decide(filed.id(), reviewed.version(),
                ChangeAction.APPROVE, "批准", null, null))).hasMessageContaining("change.eligibilityFailed")
                .hasMessageContaining("3.1");
        assertThat(as(bureau, Role.BUREAU, () -> profiles.versions(center.id()))).hasSize(1);

        // returned, revised with a lead unit registered in the city, filed again and approved
        ChangeRequestRow returned = as(bureau, Role.BUREAU, () -> changes.decide(filed.id(), reviewed.version(),
                ChangeAction.RETURN, "新牵头单位不在本市注册", null, null));
        assertThat(returned.state()).isEqualTo(ChangeRequestState.RETURNED);
        assertThat(as(applicant, Role.APPLICANT, () -> queries.mayResubmit(filed.id()))).isTrue();
        ChangeRequestRow again = as(applicant, Role.APPLICANT, () -> changes.resubmit(filed.id(), returned.version(),
                restructure(inside.getCreditCode(), coBuilders), "重组申请（修改）.pdf", pdf()));
        assertThat(again.currentActor()).isEqualTo(Actor.RECOMMENDING_BODY);
        EligibilityReport passing = as(bureau, Role.BUREAU, () -> queries.eligibility(filed.id())).orElseThrow();
        assertThat(passing.checks()).filteredOn(c -> c.ruleId().equals("3.1")).extracting(RuleCheck::outcome)
                .containsExactly(CheckOutcome.PASS);
        ChangeRequestRow reviewedAgain = as(district, Role.COUNTY, () -> changes.decide(filed.id(), again.version(),
                ChangeAction.APPROVE, "同意", null, null));
        ChangeRequestRow approved = as(bureau, Role.BUREAU, () -> changes.decide(filed.id(), reviewedAgain.version(),
                ChangeAction.APPROVE, "批准", null, null));
        assertThat(approved.state()).isEqualTo(ChangeRequestState.APPROVED);

        CenterProfileVersion v2 = as(bureau, Role.BUREAU, () -> profiles.versions(center.id())).getFirst();
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.profile().leadUnitId()).isEqualTo(inside.getId());
        assertThat(v2.profile().leadUnitName()).isEqualTo(inside.getName());
        assertThat(v2.profile().coBuilders()).isEqualTo(coBuilders);
        assertThat(v2.profile().legalForm()).isEqualTo(LegalForm.INDEPENDENT_LEGAL_ENTITY);
        assertThat(v2.profile().director()).isEqualTo("王研究员");
        CenterRow after = as(bureau, Role.BUREAU, () -> centers.get(center.id()));
        assertThat(after.unitId()).isEqualTo(inside.getId());
        assertThat(after.name()).isEqualTo(center.name());
        assertThat(as(bureau, Role.BUREAU, () -> queries.history(filed.id()))).extracting(ChangeStepRow::action)
                .containsExactly(ChangeAction.FILE, ChangeAction.APPROVE, ChangeAction.RETURN, ChangeAction.RESUBMIT,
                        ChangeAction.APPROVE, ChangeAction.APPROVE);
    }

    @Test
    void anotherUnitCannotFileOrSeeAndAnotherDistrictNeitherSeesNorActs() {
        CenterRow center = recognised(coreName("d"));
        assertThatThrownBy(() -> as(otherApplicant, Role.APPLICANT, () -> changes.file(center.id(),
                rename(coreName("7d")), "申请.pdf", pdf()))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("center.notFound");
        assertThatThrownBy(() -> as(district, Role.COUNTY, () -> changes.file(center.id(), rename(coreName("7d")),
                "申请.pdf", pdf()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> changes.file(center.id(), rename(coreName("7d")),
                "申请.pdf", pdf()))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(district, Role.COUNTY, () -> queries.mayFile(center.id()))).isFalse();

        ChangeRequestRow filed = as(applicant, Role.APPLICANT, () -> changes.file(center.id(),
                rename(coreName("8d")), "申请.pdf", pdf()));
        assertThatThrownBy(() -> as(otherApplicant, Role.APPLICANT, () -> queries.get(filed.id())))
                .hasMessageContaining("change.notFound");
        assertThatThrownBy(() -> as(otherApplicant, Role.APPLICANT, () -> queries.letter(filed.id())))
                .hasMessageContaining("change.notFound");
        assertThat(as(otherApplicant, Role.APPLICANT, () -> queries.count(ChangeRequestFilter.NONE))).isZero();
        assertThatThrownBy(() -> as(otherDistrict, Role.COUNTY, () -> queries.get(filed.id())))
                .hasMessageContaining("change.notFound");
        assertThatThrownBy(() -> as(otherDistrict, Role.COUNTY, () -> changes.decide(filed.id(), filed.version(),
                ChangeAction.APPROVE, null, null, null))).hasMessageContaining("change.notFound");
        assertThat(as(otherDistrict, Role.COUNTY, () -> queries.list(ChangeRequestFilter.NONE,
                PageRequest.of(0, 50)))).extracting(ChangeRequestRow::id).doesNotContain(filed.id());
        // the lead unit cannot approve its own request
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> changes.decide(filed.id(), filed.version(),
                ChangeAction.APPROVE, null, null, null))).hasMessageContaining("change.notYourStep");
        assertThat(as(district, Role.COUNTY, () -> queries.list(ChangeRequestFilter.NONE, PageRequest.of(0, 50))))
                .extracting(ChangeRequestRow::id).contains(filed.id());
    }

    /**
     * 我的待办's change requests: the approver whose turn it is sees the request (the district first, then the bureau),
     * nobody out of turn, another district or unit nothing; returned, it waits for its lead unit; the notifications
     * link to the request.
     */
    @Test
    void aRequestWaitsForTheApproverWhoseTurnItIsOnlyAndTheNotificationsLinkToIt() {
        CenterRow center = recognised(coreName("f"));
        ChangeRequestRow filed = as(applicant, Role.APPLICANT, () -> changes.file(center.id(),
                rename(coreName("1f")), "更名申请.pdf", pdf()));

        WaitingChange.WaitingList ofDistrict = as(district, Role.COUNTY,
                () -> queries.waitingForMe(ChangeRequestQueries.MAX_WAITING));
        assertThat(ofDistrict.rows()).anySatisfy(w -> {
            assertThat(w.id()).isEqualTo(filed.id());
            assertThat(w.centerName()).isEqualTo(center.name());
            assertThat(w.typeName().zh()).isEqualTo(filed.typeName().zh());
            assertThat(w.returned()).isFalse();
            assertThat(w.approver()).isEqualTo(Actor.RECOMMENDING_BODY);
            assertThat(w.stepNo()).isEqualTo(1);
            assertThat(w.steps()).isEqualTo(2);
            assertThat(w.since()).isEqualTo(filed.updatedAt());
        });
        assertThat(waitingIds(otherDistrict, Role.COUNTY)).doesNotContain(filed.id());
        assertThat(waitingIds(bureau, Role.BUREAU)).as("not the bureau's turn").doesNotContain(filed.id());
        assertThat(waitingIds(applicant, Role.APPLICANT)).doesNotContain(filed.id());
        assertThat(waitingIds(otherApplicant, Role.APPLICANT)).isEmpty();
        assertThat(link(district, Role.COUNTY)).contains("changes/" + filed.id());

        // the district approves: now the bureau's, no longer the district's
        ChangeRequestRow reviewed = as(district, Role.COUNTY, () -> changes.decide(filed.id(), filed.version(),
                ChangeAction.APPROVE, "同意", null, null));
        assertThat(waitingIds(district, Role.COUNTY)).doesNotContain(filed.id());
        assertThat(as(bureau, Role.BUREAU, () -> queries.waitingForMe(ChangeRequestQueries.MAX_WAITING)).rows())
                .anySatisfy(w -> {
                    assertThat(w.id()).isEqualTo(filed.id());
                    assertThat(w.approver()).isEqualTo(Actor.AUTHORITY);
                    assertThat(w.stepNo()).isEqualTo(2);
                });
        assertThat(link(bureau, Role.BUREAU)).contains("changes/" + filed.id());

        // returned: the lead unit's to revise, nobody else's
        as(bureau, Role.BUREAU, () -> changes.decide(filed.id(), reviewed.version(), ChangeAction.RETURN,
                "请补充说明", null, null));
        assertThat(as(applicant, Role.APPLICANT, () -> queries.waitingForMe(ChangeRequestQueries.MAX_WAITING))
                .rows()).singleElement().satisfies(w -> {
                    assertThat(w.id()).isEqualTo(filed.id());
                    assertThat(w.returned()).isTrue();
                    assertThat(w.approver()).isNull();
                });
        assertThat(waitingIds(bureau, Role.BUREAU)).doesNotContain(filed.id());
        assertThat(waitingIds(otherApplicant, Role.APPLICANT)).isEmpty();
        assertThat(link(applicant, Role.APPLICANT)).contains("changes/" + filed.id());
        // a notification without a target (an application's) keeps none
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ? AND kind = 'CHANGE'"
                + " AND (target_kind <> 'CHANGE_REQUEST' OR target_id IS NULL)", Integer.class, applicant)).isZero();
    }

    private List<Long> waitingIds(String user, Role role) {
        return as(user, role, () -> queries.waitingForMe(ChangeRequestQueries.MAX_WAITING)).rows().stream()
                .map(WaitingChange::id).toList();
    }

    /** The pages the user's change notifications link to. */
    private List<String> link(String user, Role role) {
        return as(user, role, () -> notifications.mine(false, PageRequest.of(0, 50)).getContent()).stream()
                .filter(n -> n.getKind() == org.ticportal.core.notification.NotificationKind.CHANGE)
                .map(org.ticportal.core.notification.Notification::getTargetRoute).toList();
    }

    private static ChangeRequestDraft rename(String core) {
        return new ChangeRequestDraft("RENAME", core, null, null, null, null, "更名理由：聚焦新材料领域");
    }

    private static ChangeRequestDraft restructure(String creditCode, List<CoBuilder> coBuilders) {
        return new ChangeRequestDraft("RESTRUCTURE", null, null, creditCode, true, coBuilders, "调整重组：牵头单位变更");
    }

    private static InputStream pdf() {
        return new ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
    }

    private int notified(String username) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ? AND kind = 'CHANGE'",
                Integer.class, username);
        return n == null ? 0 : n;
    }

    private String coreName(String tag) {
        return TemplateSamples.uniqueCoreName(tag + suffix.chars().mapToObj(c -> Integer.toHexString(c % 16))
                .collect(Collectors.joining()));
    }

    /** An application of the example policy run to the end of its published notice and recognised. */
    private CenterRow recognised(String core) {
        return new TemplateCenters(applications, checklist, publicNotices, notices, centers, clock)
                .recognise(core, creditCode, applicant, district, bureau);
    }
}

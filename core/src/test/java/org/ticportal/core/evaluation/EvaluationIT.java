package org.ticportal.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.MovableClock;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.CheckOutcome;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.application.RuleCheck;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BulkResult;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.CenterStanding;
import org.ticportal.core.center.CenterStandingRow;
import org.ticportal.core.center.CenterStatus;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.expert.ExpertDraft;
import org.ticportal.core.expert.ExpertService;
import org.ticportal.core.notice.NoticeSamples;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.notification.Notification;
import org.ticportal.core.notification.NotificationService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.evaluation.Outcome;

/**
 * Performance evaluation on real MariaDB under test policies built from the template (art. 14 of the Xinzhou measures
 * as the model): the bureau opens a round for the centers due two years after recognition; each lead unit is told
 * and files its self-assessment with evidence; the supervising district reviews (and once sends one back with its
 * reason); the bureau accepts, which draws two experts with the finance seat; the experts score (only their assigned
 * evaluations); the bureau records the result. Outcomes: retain (outstanding, in the 优秀中心 list), rectify → report →
 * re-check → active, rectify → re-check failed → revoked (the name then refused for a new application), a second
 * failure in a row revoked by the policy from the center's history, a missing self-assessment closed by the nightly
 * job as the policy says (rectify within 3 months), a provisional center confirmed and recommended upward, and a
 * result publicly noticed for the scheme's working days (listed on the public page, without login) before the nightly
 * job lets it take effect.
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class EvaluationIT {

    private static final String CITY = "990600";
    private static final String PROV = "990700";
    private static final String NOTE = "991000";
    private static final java.nio.file.Path PLUGINS = EvaluationPolicies.withNoticeCity(EvaluationPolicies.build());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
        registry.add("ticportal.plugins.dir", PLUGINS::toString);
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
    CenterStanding standing;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    EvaluationReader reader;
    @Autowired
    EvaluationRoundService roundService;
    @Autowired
    EvaluationInbox tasks;
    @Autowired
    EvaluationCloser closer;
    @Autowired
    EvaluationResultNotices results;
    @Autowired
    ExpertService experts;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    AuditService audit;
    @Autowired
    MovableClock clock;
    @Autowired
    EvaluationReminders reminders;
    @Autowired
    EvaluationReminderService chaser;

    private String suffix;
    private String district;
    private String otherDistrict;
    private final Map<String, String> bureaus = new HashMap<>();
    private final Map<Long, String> applicants = new HashMap<>();
    private final Map<String, List<String>> pools = new HashMap<>();

    @BeforeEach
    void people() {
        clock.set(LocalDate.of(2026, 9, 24));
        suffix = UUID.randomUUID().toString().substring(0, 6);
        as("root", Role.ADMIN, () -> {
            district = users.create(new UserDraft("ed" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            otherDistrict = users.create(new UserDraft("eo" + suffix, "西区审核", null, null, Role.COUNTY, "990102",
                    null)).user().getUsername();
            for (String j : List.of(CITY, PROV, NOTE)) {
                bureaus.put(j, users.create(new UserDraft("eb" + j + suffix, "市局", null, null, Role.BUREAU, null,
                        null, j)).user().getUsername());
            }
            return null;
        });
        for (String j : List.of(CITY, PROV, NOTE)) {
            pools.put(j, List.of(expert(j, "材料专家", "材料研究院", "NEW_MATERIALS"),
                    expert(j, "装备专家", "装备研究院", "NEW_MATERIALS"),
                    expert(j, "财务专家", "会计师事务所", "FINANCE")));
        }
    }

    @Test
    void roundsEndInRetainRectifyThenActiveRevokeMissingAndARepeatedFailure() {
        CenterRow a = recognised(CITY, "a");
        CenterRow b = recognised(CITY, "b");
        CenterRow c = recognised(CITY, "c");
        CenterRow d = recognised(CITY, "d");
        String bureau = bureaus.get(CITY);

        // not due before two years have passed
        assertThat(as(bureau, Role.BUREAU, () -> roundService.dueCount(today()))).isZero();
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> roundService.openRound("过早的评估", today())))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("evaluation.noneDue");

        clock.set(LocalDate.of(2028, 12, 4));
        assertThat(as(bureau, Role.BUREAU, () -> roundService.dueCenters(today(), PageRequest.of(0, 50))))
                .extracting(CenterStandingRow::id).containsExactly(a.id(), b.id(), c.id(), d.id());
        EvaluationViews.RoundRow round = as(bureau, Role.BUREAU,
                () -> roundService.openRound("2028年度绩效评估", today()));
        assertThat(round.centers()).isEqualTo(4);
        assertThat(round.submissionDue()).isAfter(today());
        assertThat(as(bureau, Role.BUREAU, () -> roundService.dueCount(today()))).as("taken by the round")
                .isZero();

        long ea = evaluationOf(a);
        long eb = evaluationOf(b);
        long ec = evaluationOf(c);
        long ed = evaluationOf(d);
        // each lead unit was told, with the deadline; another unit sees nothing of it
        List<Notification> told = as(applicants.get(a.id()), Role.APPLICANT,
                () -> notifications.mine(false, PageRequest.of(0, 20)).getContent());
        assertThat(told).anySatisfy(n -> assertThat(n.getSubject().zh()).contains(a.name()).contains("绩效自评"));
        assertThat(as(applicants.get(a.id()), Role.APPLICANT, () -> reader.count(EvaluationFilter.ALL)))
                .isEqualTo(1);
        assertThatThrownBy(() -> as(applicants.get(b.id()), Role.APPLICANT, () -> reader.get(ea)))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("evaluation.notFound");
        assertThat(as(otherDistrict, Role.COUNTY, () -> reader.count(EvaluationFilter.ALL))).isZero();
        assertThat(as(district, Role.COUNTY, () -> reader.count(EvaluationFilter.ALL))).isEqualTo(4);

        // the lead units file their self-assessments (d does not); a score above its weight is refused
        assertThatThrownBy(() -> selfAssess(a, ea, Map.of("INNOVATION", new BigDecimal("61"))))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("evaluation.scoreRange");
        selfAssess(a, ea, Map.of("INNOVATION", new BigDecimal("55"), "SERVICE", new BigDecimal("36")));
        selfAssess(b, eb, Map.of());
        selfAssess(c, ec, Map.of());
        assertThat(get(ea).files()).extracting(EvaluationViews.File::fileName).containsExactly("佐证材料.pdf");
        assertThat(get(ea).row().stepName().zh()).isEqualTo("组织管理部门审核");

        // the district sends a back with its reason, a files again, the district passes it on
        assertThatThrownBy(() -> as(otherDistrict, Role.COUNTY, () -> evaluations.sendBack(ea, get(ea).row()
                .version(), "补充材料"))).isInstanceOf(BusinessException.class);
        as(district, Role.COUNTY, () -> evaluations.sendBack(ea, get(ea).row().version(), "请补充研发投入佐证"));
        assertThat(get(ea).row().stepName().zh()).isEqualTo("绩效自评");
        assertThat(get(ea).history()).anySatisfy(h -> {
            assertThat(h.action()).isEqualTo("RETURNED");
            assertThat(h.comment()).isEqualTo("请补充研发投入佐证");
        });
        selfAssess(a, ea, Map.of());

        // the deadline passes: d did not submit; the nightly job decides it as the policy says
        clock.set(round.submissionDue().plusDays(1));
        assertThat(closer.closeOverdue()).isEqualTo(1);
        EvaluationViews.Detail missing = get(ed);
        assertThat(missing.submissionMissing()).isTrue();
        assertThat(missing.row().grade().zh()).isEqualTo("不合格");
        assertThat(missing.row().outcome()).isEqualTo(Outcome.RECTIFY);
        assertThat(missing.row().state()).isEqualTo(EvaluationState.RECTIFYING);
        assertThat(missing.rectifyDue()).isEqualTo(today().plusMonths(3));
        assertThat(center(d).status()).isEqualTo(CenterStatus.RECTIFYING);
        assertThat(center(d).rectifyDue()).isEqualTo(today().plusMonths(3));

        // reviews, acceptance with the draw, scoring, result
        List<String> panelA = toScoring(ea);
        assertThat(panelA).hasSize(2);
        // the panel has its finance seat and avoids nobody here; an expert off the panel sees nothing
        String off = pools.get(CITY).stream().filter(u -> !panelA.contains(u)).findFirst().orElseThrow();
        assertThat(as(off, Role.EXPERT, () -> reader.list(EvaluationFilter.ALL, PageRequest.of(0, 50))))
                .noneMatch(r -> r.id() == ea);
        assertThat(as(panelA.get(0), Role.EXPERT, () -> reader.list(EvaluationFilter.ALL,
                PageRequest.of(0, 50)))).extracting(EvaluationViews.Row::id).contains(ea);
        assertThat(panelA).contains(pools.get(CITY).get(2));
        score(ea, panelA, "54", "38");
        EvaluationViews.Row retained = decide(ea);
        assertThat(retained.score()).isEqualByComparingTo("92");
        assertThat(retained.grade().zh()).isEqualTo("良好");
        assertThat(retained.outcome()).isEqualTo(Outcome.RETAIN);
        assertThat(retained.outstanding()).isTrue();
        assertThat(center(a).status()).isEqualTo(CenterStatus.ACTIVE);
        assertThat(center(a).outstanding()).isTrue();
        assertThat(center(a).lastGrade().zh()).isEqualTo("良好");
        assertThat(as(bureau, Role.BUREAU, () -> standing.outstanding(PageRequest.of(0, 20))))
                .extracting(CenterStandingRow::id).containsExactly(a.id());
        assertThat(as(otherDistrict, Role.COUNTY, () -> standing.outstandingCount())).isZero();

        // b fails: rectify within the scheme's period, report, re-check passed → active again
        score(eb, toScoring(eb), "30", "20");
        EvaluationViews.Row failed = decide(eb);
        assertThat(failed.outcome()).isEqualTo(Outcome.RECTIFY);
        assertThat(center(b).status()).isEqualTo(CenterStatus.RECTIFYING);
        assertThat(center(b).rectifyDue()).isEqualTo(today().plusMonths(6));
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> evaluations.recheck(eb, get(eb).row().version(),
                true, "提前复查"))).isInstanceOf(BusinessException.class).extracting("messageKey")
                .isEqualTo("evaluation.reportAwaited");
        rectify(b, eb);
        as(bureau, Role.BUREAU, () -> evaluations.recheck(eb, get(eb).row().version(), true, "整改到位"));
        assertThat(center(b).status()).isEqualTo(CenterStatus.ACTIVE);
        assertThat(get(eb).row().state()).isEqualTo(EvaluationState.CLOSED);

        // c fails, reports, and the re-check fails → revoked; the name can never be given again
        score(ec, toScoring(ec), "20", "10");
        decide(ec);
        rectify(c, ec);
        as(bureau, Role.BUREAU, () -> evaluations.recheck(ec, get(ec).row().version(), false, "整改不到位"));
        assertThat(center(c).status()).isEqualTo(CenterStatus.REVOKED);
        assertThat(standing.revokedRegistry(PageRequest.of(0, 50))).anySatisfy(p ->
                assertThat(p.name()).isEqualTo(c.name()));
        assertThat(centers.registry(org.ticportal.core.center.CenterFilter.ALL.withText(c.name()),
                PageRequest.of(0, 10))).isEmpty();
        RuleCheck naming = namingCheckOfANewApplication(coreOf(c));
        assertThat(naming.outcome()).isNotEqualTo(CheckOutcome.PASS);
        assertThat(naming.message().zh()).contains(coreOf(c));

        // every change is in the center's audit trail
        assertThat(as("root", Role.ADMIN, () -> audit.history(AuditSubject.CENTER, Long.toString(c.id()),
                PageRequest.of(0, 50)).getContent())).extracting(e -> e.getAction())
                .contains("EVALUATION_OPENED", "EVALUATED_RECTIFY", "RECHECK_FAILED");

        // two years on, b fails again: the policy revokes a failure in a row (its history)
        clock.set(LocalDate.of(2031, 3, 3));
        EvaluationViews.RoundRow second = as(bureau, Role.BUREAU,
                () -> roundService.openRound("2031年度绩效评估", today()));
        assertThat(as(bureau, Role.BUREAU, () -> reader.list(new EvaluationFilter(second.id(), null, null, null),
                PageRequest.of(0, 50)))).extracting(EvaluationViews.Row::centerId).doesNotContain(c.id())
                .contains(a.id(), b.id());
        long eb2 = as(bureau, Role.BUREAU, () -> reader.list(new EvaluationFilter(second.id(), b.name(), null,
                null), PageRequest.of(0, 5))).getFirst().id();
        selfAssess(b, eb2, Map.of());
        score(eb2, toScoring(eb2), "30", "10");
        EvaluationViews.Row revoked = decide(eb2);
        assertThat(revoked.outcome()).isEqualTo(Outcome.REVOKE);
        assertThat(center(b).status()).isEqualTo(CenterStatus.REVOKED);
        assertThat(as(applicants.get(b.id()), Role.APPLICANT, () -> reader.gradeHistory(b.id())))
                .extracting(EvaluationViews.Grade::outcome).containsExactly(Outcome.RECTIFY, Outcome.REVOKE);
    }

    @Test
    void aProvisionalCenterIsConfirmedByItsFirstEvaluation() {
        CenterRow p = recognised(PROV, "p");
        assertThat(p.status()).isEqualTo(CenterStatus.PROVISIONAL);
        // the public registry lists it, marked provisional until the evaluation confirms it
        assertThat(centers.registry(org.ticportal.core.center.CenterFilter.ALL.withText(p.name()), PageRequest.of(0, 10)))
                .singleElement().satisfies(c -> assertThat(c.provisional()).isTrue());
        String bureau = bureaus.get(PROV);
        clock.set(LocalDate.of(2028, 12, 4));
        as(bureau, Role.BUREAU, () -> roundService.openRound("试运行中心评估", today()));
        long ep = evaluationOf(p);
        selfAssess(p, ep, Map.of());
        score(ep, toScoring(ep), "50", "35");
        EvaluationViews.Row confirmed = decide(ep);
        assertThat(confirmed.outcome()).isEqualTo(Outcome.CONFIRM);
        assertThat(confirmed.recommendUpward()).isTrue();
        CenterStandingRow after = center(p);
        assertThat(after.status()).isEqualTo(CenterStatus.ACTIVE);
        assertThat(after.recommendedUpward()).isTrue();
        assertThat(get(ep).reason().zh()).contains("确认");
        assertThat(centers.registry(org.ticportal.core.center.CenterFilter.ALL.withText(p.name()), PageRequest.of(0, 10)))
                .singleElement().satisfies(c -> assertThat(c.provisional()).isFalse());
    }

    /**
     * A scheme with a result notice (5 working days): the decided result waits under notice — listed publicly, without
     * login, with its period counted from the first working day after the decision — and the center is unchanged;
     * on the day after the notice's last day the nightly job lets it take effect (rectify), the public list shows it
     * ended, and {@value EvaluationResultNotices#RECENT_DAYS} days later it is no longer listed.
     */
    @Test
    void aResultUnderNoticeTakesEffectOnlyWhenItsNoticeEnded() {
        CenterRow n = recognised(NOTE, "a");
        String bureau = bureaus.get(NOTE);
        clock.set(LocalDate.of(2028, 12, 4)); // a Monday
        as(bureau, Role.BUREAU, () -> roundService.openRound("结果公示评估", today()));
        long en = evaluationOf(n);
        assertThat(publicly()).noneMatch(r -> r.id() == en);
        selfAssess(n, en, Map.of());
        score(en, toScoring(en), "20", "10");
        LocalDate decidedOn = today();

        EvaluationViews.Row decided = decide(en);
        assertThat(decided.state()).isEqualTo(EvaluationState.NOTICE);
        assertThat(decided.outcome()).isEqualTo(Outcome.RECTIFY);
        // 5 working days from the next working day: Tuesday 5 to Monday 11 December; effective on the 12th
        assertThat(get(en).effectiveOn()).isEqualTo(LocalDate.of(2028, 12, 12));
        assertThat(center(n).status()).as("not applied under notice").isEqualTo(CenterStatus.ACTIVE);
        EvaluationResultNotice listed = publicly().stream().filter(r -> r.id() == en).findFirst().orElseThrow();
        assertThat(listed.centerName()).isEqualTo(n.name());
        assertThat(listed.leadUnitName()).isEqualTo(n.leadUnitName());
        assertThat(listed.grade().zh()).isEqualTo("不合格");
        assertThat(listed.outcome()).isEqualTo(Outcome.RECTIFY);
        assertThat(listed.periodStart()).isEqualTo(LocalDate.of(2028, 12, 5));
        assertThat(listed.periodEnd()).isEqualTo(LocalDate.of(2028, 12, 11));
        assertThat(listed.effectiveOn()).isEqualTo(LocalDate.of(2028, 12, 12));
        assertThat(listed.ended()).isFalse();
        assertThat(listed.article()).isEqualTo("第八条");
        assertThat(listed.issuer()).isNotNull().extracting(t -> t.zh()).isEqualTo("示例市科学技术局");
        // the telephone and address of the bureau's latest published notice (its recognition notice)
        assertThat(listed.contact()).isEqualTo(new org.ticportal.core.notice.NoticeContact("0350-1234567",
                "市科学技术局"));
        assertThat(anonymously(() -> results.count())).isGreaterThanOrEqualTo(1);

        // the notice's last day: the nightly job leaves it under notice
        clock.set(LocalDate.of(2028, 12, 11));
        closer.closeOverdue();
        assertThat(get(en).row().state()).isEqualTo(EvaluationState.NOTICE);
        assertThat(center(n).status()).isEqualTo(CenterStatus.ACTIVE);

        // the day after: the result takes effect, the rectification period counted from then
        clock.set(LocalDate.of(2028, 12, 12));
        closer.closeOverdue();
        assertThat(get(en).row().state()).isEqualTo(EvaluationState.RECTIFYING);
        assertThat(center(n).status()).isEqualTo(CenterStatus.RECTIFYING);
        assertThat(center(n).rectifyDue()).isEqualTo(LocalDate.of(2028, 12, 12).plusMonths(6));
        assertThat(get(en).history()).extracting(EvaluationViews.History::action).contains("DECIDED", "APPLIED");
        assertThat(publicly()).filteredOn(r -> r.id() == en).singleElement()
                .satisfies(r -> assertThat(r.ended()).isTrue());
        assertThat(decidedOn).isBefore(listed.periodStart());

        clock.set(LocalDate.of(2028, 12, 12).plusDays(EvaluationResultNotices.RECENT_DAYS + 1));
        assertThat(publicly()).noneMatch(r -> r.id() == en);
    }

    /** The public result notices as anyone reads them, without login. */
    private List<EvaluationResultNotice> publicly() {
        return anonymously(() -> results.page(PageRequest.of(0, 200)).getContent());
    }

    private static <T> T anonymously(java.util.function.Supplier<T> work) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.AnonymousAuthenticationToken("key",
                "anonymousUser", List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                "ROLE_ANONYMOUS"))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * 我的待办's evaluations: each actor sees what waits for them only (the lead unit its self-assessment with the
     * deadline, the district its review, the drawn experts their scoring, the bureau its decision once all scored, the
     * lead unit its rectification report, the bureau its re-check), another district, unit, expert or city none; the
     * notifications link to the evaluation.
     */
    @Test
    void whatWaitsIsEachActorsOwnAndTheNotificationsLinkToTheEvaluation() {
        CenterRow a = recognised(CITY, "a");
        CenterRow b = recognised(CITY, "b");
        String bureau = bureaus.get(CITY);
        clock.set(LocalDate.of(2028, 12, 4));
        EvaluationViews.RoundRow round = as(bureau, Role.BUREAU, () -> roundService.openRound("待办评估", today()));
        long ea = evaluationOf(a);
        long eb = evaluationOf(b);

        EvaluationViews.WaitingList ofA = waiting(applicants.get(a.id()), Role.APPLICANT);
        assertThat(ofA.rows()).extracting(EvaluationViews.Waiting::id).containsExactly(ea);
        assertThat(ofA.more()).isFalse();
        EvaluationViews.Waiting self = ofA.rows().get(0);
        assertThat(self.task()).isEqualTo(EvaluationViews.Task.SELF_ASSESSMENT);
        assertThat(self.stepName().zh()).isEqualTo("绩效自评");
        assertThat(self.centerName()).isEqualTo(a.name());
        assertThat(self.due()).isEqualTo(round.submissionDue());
        assertThat(self.daysLeft()).isPositive();
        assertThat(self.overdue()).isFalse();
        assertThat(waiting(applicants.get(b.id()), Role.APPLICANT).rows()).extracting(EvaluationViews.Waiting::id)
                .containsExactly(eb);
        assertThat(waitingIds(district, Role.COUNTY)).doesNotContain(ea, eb);
        assertThat(waitingIds(bureau, Role.BUREAU)).doesNotContain(ea, eb);
        // the lead unit's notification links to the evaluation
        List<Notification> told = as(applicants.get(a.id()), Role.APPLICANT,
                () -> notifications.mine(false, PageRequest.of(0, 20)).getContent());
        assertThat(told).anySatisfy(n -> {
            assertThat(n.getTargetKind()).isEqualTo(org.ticportal.core.notification.NotificationTarget.EVALUATION);
            assertThat(n.getTargetId()).isEqualTo(ea);
            assertThat(n.getTargetRoute()).isEqualTo("evaluations/" + ea);
            assertThat(n.getApplicationId()).isNull();
        });

        // filed: the district's review waits, not the other district's; the lead unit has nothing left
        selfAssess(a, ea, Map.of());
        assertThat(waiting(district, Role.COUNTY).rows()).anySatisfy(w -> {
            assertThat(w.id()).isEqualTo(ea);
            assertThat(w.task()).isEqualTo(EvaluationViews.Task.REVIEW);
            assertThat(w.stepName().zh()).isEqualTo("组织管理部门审核");
        });
        assertThat(waitingIds(otherDistrict, Role.COUNTY)).isEmpty();
        assertThat(waitingIds(applicants.get(a.id()), Role.APPLICANT)).isEmpty();
        assertThat(as(district, Role.COUNTY, () -> notifications.mine(false, PageRequest.of(0, 20)).getContent()))
                .anySatisfy(n -> assertThat(n.getTargetRoute()).isEqualTo("evaluations/" + ea));

        // at the panel's scoring: each drawn expert scores, the bureau waits for all of them
        List<String> panel = toScoring(ea);
        assertThat(waiting(panel.get(0), Role.EXPERT).rows()).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo(ea);
            assertThat(w.task()).isEqualTo(EvaluationViews.Task.SCORE);
        });
        String off = pools.get(CITY).stream().filter(u -> !panel.contains(u)).findFirst().orElseThrow();
        assertThat(waitingIds(off, Role.EXPERT)).isEmpty();
        assertThat(waitingIds(bureau, Role.BUREAU)).doesNotContain(ea);
        score(ea, panel, "30", "20");
        assertThat(waitingIds(panel.get(0), Role.EXPERT)).isEmpty();
        assertThat(waiting(bureau, Role.BUREAU).rows()).anySatisfy(w -> {
            assertThat(w.id()).isEqualTo(ea);
            assertThat(w.task()).isEqualTo(EvaluationViews.Task.DECIDE);
        });
        assertThat(waitingIds(bureaus.get(PROV), Role.BUREAU)).doesNotContain(ea, eb);

        // rectify: the lead unit reports by the rectification's deadline, then the bureau re-checks
        assertThat(decide(ea).outcome()).isEqualTo(Outcome.RECTIFY);
        assertThat(waiting(applicants.get(a.id()), Role.APPLICANT).rows()).singleElement().satisfies(w -> {
            assertThat(w.task()).isEqualTo(EvaluationViews.Task.REPORT);
            assertThat(w.due()).isEqualTo(get(ea).rectifyDue());
            assertThat(w.stepName()).isNull();
        });
        assertThat(waitingIds(bureau, Role.BUREAU)).doesNotContain(ea);
        rectify(a, ea);
        assertThat(waitingIds(applicants.get(a.id()), Role.APPLICANT)).isEmpty();
        assertThat(waiting(bureau, Role.BUREAU).rows()).anySatisfy(w -> {
            assertThat(w.id()).isEqualTo(ea);
            assertThat(w.task()).isEqualTo(EvaluationViews.Task.RECHECK);
            assertThat(w.due()).isNull();
        });

        // the policy's reminder (reminder.workingDaysBefore, 2): weeks before the deadline nobody; the working day
        // before it b, who has not filed, once however often the job runs, with the deadline; a, who filed, never
        reminders.remindDue();
        assertThat(remindersOf(applicants.get(b.id()), eb)).isEmpty();
        clock.set(round.submissionDue().minusDays(1));
        reminders.remindDue();
        assertThat(remindersOf(applicants.get(b.id()), eb)).singleElement().satisfies(n -> {
            assertThat(n.getTargetRoute()).isEqualTo("evaluations/" + eb);
            assertThat(n.getSubject().zh()).contains(b.name()).contains("绩效自评");
            assertThat(n.getBody().zh()).contains("个工作日");
        });
        reminders.remindDue();
        assertThat(remindersOf(applicants.get(b.id()), eb)).hasSize(1);
        assertThat(remindersOf(applicants.get(a.id()), ea)).isEmpty();

        // past the self-assessment's deadline it is no longer b's to do (the nightly job decides it)
        clock.set(round.submissionDue().plusDays(1));
        assertThat(waitingIds(applicants.get(b.id()), Role.APPLICANT)).isEmpty();
    }

    /**
     * 发送提醒 on the evaluations grid: the bureau reminds the lead units of their self-assessments, all or nothing —
     * a submitted one, one of another jurisdiction, one not yet due and one past its time limit each refuse the whole
     * action with the reason and tell nobody; the valid rows' lead units are told with the sender's message, and each
     * reminder is audited on its evaluation.
     */
    @Test
    void remindersByHandGoToEveryTickedLeadUnitOrToNobody() {
        CenterRow a = recognised(CITY, "a");
        CenterRow b = recognised(CITY, "b");
        CenterRow c = recognised(CITY, "c");
        CenterRow p = recognised(PROV, "p");
        String bureau = bureaus.get(CITY);
        clock.set(LocalDate.of(2028, 12, 4));
        EvaluationViews.RoundRow round = as(bureau, Role.BUREAU, () -> roundService.openRound("催办评估", today()));
        as(bureaus.get(PROV), Role.BUREAU, () -> roundService.openRound("省级评估", today()));
        long ea = evaluationOf(a);
        long eb = evaluationOf(b);
        long ec = evaluationOf(c);
        long ep = evaluationOf(p);
        selfAssess(a, ea, Map.of());

        clock.set(round.submissionDue().minusDays(3));
        BulkResult refused = remind(bureau, Role.BUREAU, versions(ea, eb, ep), "请尽快提交");
        assertThat(refused.done()).isEmpty();
        assertThat(refused.refused()).extracting(BulkResult.Refusal::id, BulkResult.Refusal::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ea, "evaluation.remind.submitted"),
                        org.assertj.core.groups.Tuple.tuple(ep, "bulk.notVisible"));
        assertThat(refused.refused().get(0).referenceNo()).isEqualTo(a.name());
        assertThat(chasesOf(applicants.get(b.id()), eb)).isEmpty();

        // not yet due, or past the time limit, is refused too
        clock.set(round.submissionDue().minusDays(EvaluationReminderService.DUE_WITHIN_DAYS + 1));
        assertThat(remind(bureau, Role.BUREAU, versions(eb), null).refused())
                .extracting(BulkResult.Refusal::messageKey).containsExactly("evaluation.remind.notDue");
        clock.set(round.submissionDue().plusDays(1));
        assertThat(remind(bureau, Role.BUREAU, versions(eb), null).refused())
                .extracting(BulkResult.Refusal::messageKey).containsExactly("evaluation.remind.pastDue");
        // a county may not send them at all
        assertThatThrownBy(() -> remind(district, Role.COUNTY, versions(eb), null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        clock.set(round.submissionDue());
        BulkResult done = remind(bureau, Role.BUREAU, versions(eb, ec), "请尽快提交");
        assertThat(done.done()).containsExactly(eb, ec);
        assertThat(chasesOf(applicants.get(b.id()), eb)).singleElement().satisfies(n -> {
            assertThat(n.getTargetRoute()).isEqualTo("evaluations/" + eb);
            assertThat(n.getSubject().zh()).contains(b.name()).contains("绩效自评");
            assertThat(n.getBody().zh()).contains("请尽快提交").contains("市局");
        });
        assertThat(chasesOf(applicants.get(c.id()), ec)).hasSize(1);
        assertThat(chasesOf(applicants.get(a.id()), ea)).isEmpty();
        assertThat(as("root", Role.ADMIN, () -> audit.history(AuditSubject.EVALUATION, Long.toString(eb),
                PageRequest.of(0, 50)).getContent())).extracting(e -> e.getAction()).contains("EVALUATION_REMINDED");
        assertThat(as("root", Role.ADMIN, () -> audit.history(AuditSubject.EVALUATION, Long.toString(ea),
                PageRequest.of(0, 50)).getContent())).extracting(e -> e.getAction())
                .doesNotContain("EVALUATION_REMINDED");
    }

    /** The versions are read before acting as the sender (each read acts as the evaluation's bureau). */
    private BulkResult remind(String user, Role role, Map<Long, Long> versions, String message) {
        return as(user, role, () -> chaser.remindLeadUnits(versions, message));
    }

    private Map<Long, Long> versions(long... ids) {
        Map<Long, Long> map = new java.util.LinkedHashMap<>();
        for (long id : ids) {
            map.put(id, get(id).row().version());
        }
        return map;
    }

    private List<Notification> chasesOf(String user, long evaluationId) {
        return remindersOf(user, evaluationId).stream().filter(n -> n.getSubject().zh().startsWith("催办")).toList();
    }

    private List<Notification> remindersOf(String user, long evaluationId) {
        return as(user, Role.APPLICANT, () -> notifications.mine(false, PageRequest.of(0, 50)).getContent()).stream()
                .filter(n -> n.getKind() == org.ticportal.core.notification.NotificationKind.REMINDER
                        && Long.valueOf(evaluationId).equals(n.getTargetId()))
                .toList();
    }

    private EvaluationViews.WaitingList waiting(String user, Role role) {
        return as(user, role, () -> tasks.waitingForMe(EvaluationInbox.MAX_WAITING));
    }

    private List<Long> waitingIds(String user, Role role) {
        return waiting(user, role).rows().stream().map(EvaluationViews.Waiting::id).toList();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private EvaluationViews.Detail get(long id) {
        return as(bureauOf(id), Role.BUREAU, () -> reader.get(id));
    }

    private String bureauOf(long evaluationId) {
        for (String b : bureaus.values()) {
            try {
                as(b, Role.BUREAU, () -> reader.get(evaluationId));
                return b;
            } catch (BusinessException e) {
                // the other city's bureau
            }
        }
        throw new IllegalStateException("no bureau sees evaluation " + evaluationId);
    }

    private CenterStandingRow center(CenterRow c) {
        return as("root", Role.ADMIN, () -> standing.standing(c.id()));
    }

    private long evaluationOf(CenterRow c) {
        return as(applicants.get(c.id()), Role.APPLICANT, () -> reader.list(EvaluationFilter.ALL,
                PageRequest.of(0, 5))).stream().filter(r -> r.centerId() == c.id()
                && r.state() == EvaluationState.IN_PROGRESS).findFirst().orElseThrow().id();
    }

    private void selfAssess(CenterRow c, long id, Map<String, BigDecimal> scores) {
        String applicant = applicants.get(c.id());
        as(applicant, Role.APPLICANT, () -> {
            if (reader.get(id).files().isEmpty()) {
                evaluations.upload(id, "佐证材料.pdf", new ByteArrayInputStream(
                        "%PDF-1.4\n%佐证\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.UTF_8)));
            }
            return evaluations.submitSelfAssessment(id, reader.get(id).row().version(),
                    "评估期内完成研发项目3项，服务企业20家。", scores);
        });
    }

    /** The district's review and the bureau's acceptance; returns the drawn experts' logins. */
    private List<String> toScoring(long id) {
        String bureau = bureauOf(id);
        as(district, Role.COUNTY, () -> evaluations.approve(id, reader.get(id).row().version(), "审核通过"));
        as(bureau, Role.BUREAU, () -> evaluations.approve(id, reader.get(id).row().version(), "受理"));
        EvaluationViews.Detail at = get(id);
        assertThat(at.row().stepName().zh()).isEqualTo("专家评分");
        return at.seats().stream().map(EvaluationViews.Seat::username).toList();
    }

    private void score(long id, List<String> panel, String innovation, String service) {
        for (String expert : panel) {
            as(expert, Role.EXPERT, () -> evaluations.score(id, Map.of("INNOVATION", new BigDecimal(innovation),
                    "SERVICE", new BigDecimal(service)), "意见"));
        }
    }

    private EvaluationViews.Row decide(long id) {
        String bureau = bureauOf(id);
        return as(bureau, Role.BUREAU, () -> evaluations.decide(id, reader.get(id).row().version()));
    }

    private void rectify(CenterRow c, long id) {
        as(applicants.get(c.id()), Role.APPLICANT, () -> {
            evaluations.upload(id, "整改材料.pdf", new ByteArrayInputStream(
                    "%PDF-1.4\n%整改\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.UTF_8)));
            return evaluations.reportRectification(id, reader.get(id).row().version(), "已完成整改：补充研发投入。");
        });
    }

    private String expert(String jurisdiction, String name, String unit, String field) {
        String login = "x" + UUID.randomUUID().toString().substring(0, 8);
        as(bureaus.get(jurisdiction), Role.BUREAU, () -> experts.create(jurisdiction, new ExpertDraft(name + suffix,
                unit + suffix, null, "FULL_SENIOR", List.of(field), null, null, true), login));
        return login;
    }

    private final Map<Long, String> cores = new HashMap<>();

    private String coreOf(CenterRow c) {
        return cores.get(c.id());
    }

    private String coreName(String tag) {
        StringBuilder name = new StringBuilder("评估").append(tag.equals("a") ? "甲" : tag.equals("b") ? "乙"
                : tag.equals("c") ? "丙" : tag.equals("d") ? "丁" : "戊");
        for (char ch : suffix.toCharArray()) {
            name.append("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳".charAt(Character.digit(ch, 16)));
        }
        return name.toString();
    }

    /** An application of a new unit run through the test policy to the end of its notice and recognised. */
    private CenterRow recognised(String jurisdiction, String tag) {
        String bureau = bureaus.get(jurisdiction);
        String core = coreName(tag);
        String credit = TemplateSamples.creditCode(suffix + tag + jurisdiction.charAt(4));
        Unit unit = units.save(new Unit("评估测试公司" + tag + suffix, credit, "990101", clock.instant()));
        String applicant = as("root", Role.ADMIN, () -> users.create(new UserDraft("ea" + tag + suffix
                + jurisdiction.charAt(4), "申报人", null, null, Role.APPLICANT, null, unit.getId())).user()
                .getUsername());
        long id = file(jurisdiction, applicant, credit, core);
        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.get(id));
        ApplicationDetail submitted = as(applicant, Role.APPLICANT,
                () -> applications.perform(id, filed.row().version(), "SUBMIT", null, Map.of()));
        ApplicationDetail recommended = as(district, Role.COUNTY, () -> applications.perform(id,
                submitted.row().version(), "RECOMMEND", "同意推荐", Map.of("recommendation.letterNumber",
                        "东科推〔2026〕9号", "recommendation.date", LocalDate.now(clock))));
        as(bureau, Role.BUREAU, () -> checklist.mark(id, "3.4", true, "已核对", null));
        ApplicationDetail accepted = as(bureau, Role.BUREAU,
                () -> applications.perform(id, recommended.row().version(), "ACCEPT", "材料齐全", Map.of()));
        as(bureau, Role.BUREAU, () -> applications.perform(id, accepted.row().version(), "PASS", "会议通过",
                Map.of()));
        as(bureau, Role.BUREAU, () -> NoticeSamples.publish(publicNotices, jurisdiction, id));
        clock.set(as(bureau, Role.BUREAU, () -> applications.get(id)).noticeEnd().plusDays(1));
        notices.closeEndedNotices();
        CenterRow center = as(bureau, Role.BUREAU, () -> centers.forApplication(id)).orElseThrow();
        applicants.put(center.id(), applicant);
        cores.put(center.id(), core);
        return center;
    }

    private long file(String jurisdiction, String applicant, String credit, String core) {
        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.create(jurisdiction));
        long id = filed.row().id();
        Map<String, Object> values = new HashMap<>(TemplateSamples.completeApplication(credit, "NEW_MATERIALS", 320));
        values.put("coreName", core);
        as(applicant, Role.APPLICANT, () -> applications.saveDraft(id, filed.row().version(), values,
                Map.of("3.5", "去年为建设期")));
        return id;
    }

    private RuleCheck namingCheckOfANewApplication(String core) {
        String credit = TemplateSamples.creditCode(suffix + "n");
        Unit unit = units.save(new Unit("新申报公司" + suffix, credit, "990101", clock.instant()));
        String applicant = as("root", Role.ADMIN, () -> users.create(new UserDraft("en" + suffix, "申报人", null,
                null, Role.APPLICANT, null, unit.getId())).user().getUsername());
        long id = file(CITY, applicant, credit, core);
        return as(applicant, Role.APPLICANT, () -> applications.eligibility(id)).checks().stream()
                .filter(ch -> ch.ruleId().equals("NAMING")).findFirst().orElseThrow();
    }
}

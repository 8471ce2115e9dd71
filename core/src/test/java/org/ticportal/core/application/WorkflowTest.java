package org.ticportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.calendar.DayKind;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.calendar.WorkingDays;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.form.CurrentForm;
import org.ticportal.core.form.FieldProblem;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormField;
import org.ticportal.core.form.FormSection;
import org.ticportal.core.form.FormService;
import org.ticportal.core.form.FormValidationException;
import org.ticportal.core.form.FormVersionService;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.policy.PolicySettingsService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.PolicyProvider;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.notice.NoticeRules;
import org.ticportal.policy.api.notice.ObjectionRules;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.Guard;
import org.ticportal.policy.api.procedure.GuardKind;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.procedure.Transition;
import org.ticportal.policy.api.rule.RuleKind;
import org.ticportal.policy.api.setting.PolicySettings;

/**
 * The workflow engine against a small procedure built from the plugin API's records, without Spring or a database:
 * every kind of guard passing and refusing (refusals name fields and evidence by their labels, with the article),
 * deadlines in working days across a holiday, an optional stage the authority may skip, the eligibility check again
 * after a return to the draft, dates of a step's form against the case, and the one history writer recording step,
 * audit row and event together.
 */
class WorkflowTest {

    private static final PolicyPin PIN = new PolicyPin("test", "test-policy", "1.0.0");
    private static final String ART = "第九条";
    /** Tuesday before the National Day holidays of the test calendar. */
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 29);

    /** A BOOLEAN setting of the test policy: whether the site visit's report must be uploaded. */
    private static final String VISIT_REPORT_REQUIRED = "visit.reportRequired";
    /** A BOOLEAN setting of the test policy: whether the bureau may send a case straight to the meeting. */
    private static final String FAST_TRACK = "review.fastTrack";
    /** An INTEGER setting of the test policy: the working days to handle an objection. */
    private static final String OBJECTION_DAYS = "objection.days";

    private static final Stage DRAFT = Stage.of("DRAFT", text("填报", "Draft"), StageKind.DRAFT, "");
    private static final Stage REVIEW = Stage.of("REVIEW", text("复核", "Re-check"), StageKind.REVIEW, ART)
            .withDeadline(5);
    private static final Stage VISIT = Stage.of("VISIT", text("实地考察", "Site visit"), StageKind.EXPERT_REVIEW, ART)
            .asOptional();
    private static final Stage DECISION = Stage.of("DECISION", text("党组会议", "Meeting"), StageKind.DECISION, ART);
    private static final Stage NOTICE = Stage.of("NOTICE", text("公示", "Notice"), StageKind.NOTICE, ART);
    private static final Stage OBJECTION = Stage.of("OBJECTION", text("异议处理", "Objection"), StageKind.OBJECTION,
            ART).withDeadlineSetting(OBJECTION_DAYS, 10);
    private static final Stage RECOGNIZED = Stage.of("RECOGNIZED", text("认定", "Recognised"), StageKind.RECOGNIZED,
            ART);
    private static final Stage WITHDRAWN = Stage.of("WITHDRAWN", text("撤回", "Withdrawn"), StageKind.WITHDRAWN, "");

    private static final Procedure PROCEDURE = new Procedure("DRAFT",
            List.of(DRAFT, REVIEW, VISIT, DECISION, NOTICE, OBJECTION, RECOGNIZED, WITHDRAWN),
            List.of(Transition.of("SUBMIT", "DRAFT", "REVIEW", text("提交", "Submit"), Actor.APPLICANT, ART)
                            .withGuards(new Guard(GuardKind.ELIGIBILITY_PASSED, "", "第八条"),
                                    new Guard(GuardKind.EVIDENCE_PRESENT, "LICENCE", "第八条")),
                    Transition.of("RESUBMIT", "DRAFT", "REVIEW", text("重新提交", "Resubmit"), Actor.APPLICANT, ART),
                    Transition.of("WITHDRAW", "DRAFT", "WITHDRAWN", text("撤回", "Withdraw"), Actor.APPLICANT, ""),
                    Transition.of("RETURN", "REVIEW", "DRAFT", text("退回修改", "Return"), Actor.AUTHORITY, ART)
                            .withGuards(new Guard(GuardKind.COMMENT_PRESENT, "", ART)),
                    Transition.of("TO_VISIT", "REVIEW", "VISIT", text("安排考察", "Visit"), Actor.AUTHORITY, ART),
                    Transition.of("SKIP_VISIT", "REVIEW", "DECISION", text("免于考察", "Skip the visit"),
                            Actor.AUTHORITY, ART),
                    Transition.of("FAST_TRACK", "REVIEW", "DECISION", text("直接提交会议", "Fast track"),
                            Actor.AUTHORITY, ART).onlyWhen(FAST_TRACK),
                    Transition.of("VISITED", "VISIT", "DECISION", text("考察完成", "Visited"), Actor.AUTHORITY, ART)
                            .withGuards(new Guard(GuardKind.EVIDENCE_PRESENT, "VISIT_REPORT", ART)
                                    .onlyWhen(VISIT_REPORT_REQUIRED)),
                    Transition.of("REVISED", "VISIT", "DECISION", text("提交修改后的方案", "Revised plan"),
                            Actor.APPLICANT, ART).withGuards(new Guard(GuardKind.EVIDENCE_UPLOADED_IN_STAGE, "PLAN",
                            ART)),
                    Transition.of("PASS", "DECISION", "NOTICE", text("会议通过", "Passed"), Actor.DECISION_BODY, ART)
                            .withForm("MINUTES")
                            .withGuards(new Guard(GuardKind.FIELD_PRESENT, "minutes.number", ART)),
                    Transition.of("OBJECT", "NOTICE", "OBJECTION", text("收到异议", "Objection received"),
                            Actor.AUTHORITY, ART).withForm("OBJECTION"),
                    Transition.of("END", "NOTICE", "RECOGNIZED", text("公示期满", "Notice ended"), Actor.SYSTEM, ART)
                            .withGuards(new Guard(GuardKind.NOTICE_ENDED, "", ART),
                                    new Guard(GuardKind.NO_OPEN_OBJECTION, "", ART)),
                    Transition.of("END", "OBJECTION", "RECOGNIZED", text("公示期满", "Notice ended"), Actor.SYSTEM,
                            ART).withGuards(new Guard(GuardKind.NO_OPEN_OBJECTION, "", ART)),
                    Transition.of("DISMISS", "OBJECTION", "RECOGNIZED", text("异议不成立", "Objection dismissed"),
                            Actor.AUTHORITY, ART).withGuards(new Guard(GuardKind.FIELD_PRESENT, "minutes.number",
                            ART))));

    private static final FormDefinition APPLICATION_FORM = form("APPLICATION",
            FormField.of("centerName", FieldType.TEXT, text("中心名称", "Center name"), true),
            attachment("licence", text("营业执照", "Business licence"), "LICENCE"));
    private static final FormDefinition MINUTES_FORM = form("MINUTES",
            FormField.of("minutes.number", FieldType.TEXT, text("会议纪要编号", "Minutes number"), false),
            FormField.of("minutes.date", FieldType.DATE, text("会议日期", "Meeting date"), false));
    private static final FormDefinition OBJECTION_FORM = form("OBJECTION",
            FormField.of("objection.receivedDate", FieldType.DATE, text("异议收到日期", "Received on"), true));

    private final AccessScope applicant = new AccessScope(Role.APPLICANT, null, 7L);
    private final AccessScope bureau = new AccessScope(Role.BUREAU, null, null, "990100");

    private Instant now = TODAY.atTime(2, 0).toInstant(ZoneOffset.UTC);
    private EligibilityChecker eligibility;
    private ApplicationStepRepository steps;
    private AuditService audit;
    private final List<Object> events = new ArrayList<>();
    private Workflow workflow;
    private StepAvailability availability;
    private RuleVerificationRepository verifications;
    private RecognitionApplication app;
    private final List<Attachment> files = new ArrayList<>();
    private final Map<String, Object> earlierSteps = new HashMap<>();
    /** The test policy's settings as an administrator left them. */
    private final Map<String, String> settings = new HashMap<>(Map.of(VISIT_REPORT_REQUIRED, "true",
            OBJECTION_DAYS, "10", FAST_TRACK, "false"));

    @BeforeEach
    void engine() throws ReflectiveOperationException {
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        PolicyProvider provider = mock(PolicyProvider.class);
        when(provider.procedure()).thenReturn(PROCEDURE);
        when(provider.notice()).thenReturn(new NoticeRules(5, true, "", new ObjectionRules(true, true, true, true, 10,
                text("书面异议", "In writing")), ART));
        when(provider.eligibilityRules()).thenReturn(List.of());
        PolicyProviders providers = mock(PolicyProviders.class);
        when(providers.read(eq(PIN), any())).thenAnswer(inv -> {
            Function<PolicyProvider, Object> read = inv.getArgument(1);
            return read.apply(provider);
        });
        FormService forms = mock(FormService.class);
        when(forms.choices(PIN)).thenReturn(catalog -> null);
        FormVersionService versions = mock(FormVersionService.class);
        when(versions.definition(PIN, "APPLICATION", null)).thenReturn(APPLICATION_FORM);
        when(versions.current(PIN, "MINUTES")).thenReturn(new CurrentForm(MINUTES_FORM, null, 0));
        when(versions.current(PIN, "OBJECTION")).thenReturn(new CurrentForm(OBJECTION_FORM, null, 0));
        // the National Day holidays of 2026 as the test's calendar: 1–7 October off, Saturday 10 October worked
        Map<LocalDate, DayKind> special = new HashMap<>();
        for (int d = 1; d <= 7; d++) {
            special.put(LocalDate.of(2026, 10, d), DayKind.HOLIDAY);
        }
        special.put(LocalDate.of(2026, 10, 10), DayKind.WORKDAY);
        WorkingDays days = new WorkingDays(special, Set.of(2026));
        WorkingDayCalendar calendar = mock(WorkingDayCalendar.class);
        when(calendar.periodFor(any(), anyInt(), anyBoolean())).thenAnswer(inv -> days.period(inv.getArgument(0),
                inv.getArgument(1), inv.getArgument(2)));
        eligibility = mock(EligibilityChecker.class);
        eligible(true);
        steps = mock(ApplicationStepRepository.class);
        audit = mock(AuditService.class);
        CaseHistory history = new CaseHistory(steps, audit, events::add, clock);
        PolicySettingsService settingsService = mock(PolicySettingsService.class);
        when(settingsService.settingsFor(PIN)).thenAnswer(inv -> (PolicySettings) settings::get);
        verifications = mock(RuleVerificationRepository.class);
        Checklist checklist = new Checklist(providers, verifications);
        CaseForms caseForms = new CaseForms(providers, versions);
        availability = new StepAvailability(providers, settingsService, eligibility, checklist, caseForms);
        workflow = new Workflow(providers, forms, versions, eligibility, calendar, mock(PlatformHoldingRepository.class),
                history, settingsService, checklist, availability, caseForms, clock);

        Unit unit = new Unit("示例公司", org.ticportal.core.TemplateSamples.creditCode("wf1"), "990101", now);
        setId(unit, Unit.class, 7L);
        app = new RecognitionApplication("TEST-2026-00001", PIN, "990100", unit, "990101",
                SubmissionChannel.RECOMMENDED, "DRAFT", StageKind.DRAFT, "APPLICATION", null, now, "applicant");
        setId(app, RecognitionApplication.class, 42L);
        app.setData(Json.write(Map.of("centerName", "新材料")), "新材料", null, null, null, now);
    }

    // --- ELIGIBILITY_PASSED and the review deadline ---

    @Test
    void eligibilityPassedLetsTheApplicantSubmitAndTheReviewDeadlineCountsWorkingDaysAcrossTheHoliday() {
        attach("licence", "LICENCE");
        workflow.perform(file(), new StepRequest(applicant, "SUBMIT", null, Map.of()));

        assertThat(app.getStage()).isEqualTo("REVIEW");
        assertThat(app.getSubmittedAt()).isEqualTo(now);
        // 30 Sep, then 8, 9, 10 (a worked Saturday) and 12 October: five working days
        assertThat(app.getStageDue()).isEqualTo(LocalDate.of(2026, 10, 12));
        verify(eligibility).check(any());
    }

    @Test
    void eligibilityPassedRefusesWhileAConditionFailsAndNothingIsRecorded() {
        attach("licence", "LICENCE");
        eligible(false);
        assertThatThrownBy(() -> workflow.perform(file(), new StepRequest(applicant, "SUBMIT", null, Map.of())))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, e -> {
                    assertThat(e.getReasons()).extracting(LocalizedText::zh)
                            .containsExactly("资格条件未全部满足（1项）（第八条）");
                    assertThat(e.getReport()).isNotNull();
                });
        assertThat(app.getStage()).isEqualTo("DRAFT");
        verify(steps, never()).save(any());
        assertThat(events).isEmpty();
    }

    @Test
    void eligibilityPassedRefusesAnIncompleteApplicationFormAtItsFields() {
        attach("licence", "LICENCE");
        app.setData(Json.write(Map.of()), null, null, null, null, now);
        assertThatThrownBy(() -> workflow.perform(file(), new StepRequest(applicant, "SUBMIT", null, Map.of())))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.getProblems())
                        .extracting(FieldProblem::fieldKey).containsExactly("centerName"));
    }

    // --- EVIDENCE_PRESENT ---

    @Test
    void evidencePresentRefusesWithoutTheFileAndNamesTheEvidenceNotItsCode() {
        assertThatThrownBy(() -> workflow.perform(file(), new StepRequest(applicant, "SUBMIT", null, Map.of())))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, e -> {
                    assertThat(e.getReasons()).extracting(LocalizedText::zh)
                            .containsExactly("缺少证明材料：营业执照（第八条）");
                    assertThat(e.getReasons()).extracting(LocalizedText::en)
                            .containsExactly("Missing evidence: Business licence (第八条)");
                });
    }

    // --- EVIDENCE_UPLOADED_IN_STAGE: a new version, not the file filed before ---

    @Test
    void evidenceUploadedInStageRefusesTheFileFiledBeforeTheStageAndTakesANewVersion() {
        attach("plan", "PLAN");
        now = now.plusSeconds(3600);
        atStage(VISIT);
        StepRequest revised = new StepRequest(applicant, "REVISED", null, Map.of());
        assertThatThrownBy(() -> workflow.perform(file(), revised))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, e -> assertThat(e.getReasons())
                        .extracting(LocalizedText::zh).containsExactly("请上传修改后的新版本：PLAN（原有文件不能代替）（第九条）"));
        now = now.plusSeconds(60);
        attach("plan", "PLAN");
        assertThat(workflow.perform(file(), revised).getStage()).isEqualTo("DECISION");
    }

    // --- CHECKLIST_VERIFIED: the core adds it to a reviewer's step forward ---

    @Test
    void aReviewersStepForwardWaitsForTheItemsTheyVerifyButAReturnDoesNot() throws ReflectiveOperationException {
        RuleCheck pledge = new RuleCheck("8.4", RuleKind.ATTEST, text("无重大问题承诺", "Pledge"), "第八条",
                CheckOutcome.NEEDS_REVIEW, text("待核实", "To verify"), null);
        when(eligibility.check(any())).thenReturn(new EligibilityReport(PIN, List.of(pledge)));
        atStage(REVIEW);
        assertThat(availability.actions(file(), bureau)).filteredOn(a -> a.code().equals("TO_VISIT")).singleElement()
                .satisfies(a -> assertThat(a.requirements()).extracting(r -> r.text().zh())
                        .containsExactly("本环节负责核实的事项均已核实"));
        assertThatThrownBy(() -> workflow.perform(file(), new StepRequest(bureau, "TO_VISIT", null, Map.of())))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, e -> assertThat(e.getReasons())
                        .extracting(LocalizedText::zh).containsExactly("尚未核实：8.4 无重大问题承诺"));

        RuleVerification notVerified = new RuleVerification(42L, "8.4");
        notVerified.mark(Actor.AUTHORITY, false, "承诺书未盖章", "bureau", "BUREAU", now);
        when(verifications.findByApplicationId(42L)).thenReturn(List.of(notVerified));
        assertThatThrownBy(() -> workflow.perform(file(), new StepRequest(bureau, "TO_VISIT", null, Map.of())))
                .as("a mark of not verified keeps the step too").isInstanceOf(WorkflowRefusedException.class);
        assertThat(workflow.perform(file(), new StepRequest(bureau, "RETURN", "请补盖公章", Map.of())).getStage())
                .isEqualTo("DRAFT");

        atStage(REVIEW);
        notVerified.mark(Actor.AUTHORITY, true, null, "bureau", "BUREAU", now);
        assertThat(workflow.perform(file(), new StepRequest(bureau, "TO_VISIT", null, Map.of())).getStage())
                .isEqualTo("VISIT");
    }

    // --- FIELD_PRESENT ---

    @Test
    void fieldPresentRefusesAnEmptyFieldAndNamesItByItsLabel() {
        atStage(DECISION);
        assertThatThrownBy(() -> workflow.perform(file(), new StepRequest(bureau, "PASS", null, Map.of())))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, e -> {
                    assertThat(e.getReasons()).extracting(LocalizedText::zh)
                            .containsExactly("缺少必填信息：会议纪要编号（第九条）");
                    assertThat(e.getReasons()).extracting(LocalizedText::en)
                            .containsExactly("Missing: Minutes number (第九条)");
                });
    }

    @Test
    void fieldPresentNamesAFieldOfAnotherStepsFormByItsLabel() {
        atStage(OBJECTION);
        assertThatThrownBy(() -> workflow.perform(file(), new StepRequest(bureau, "DISMISS", null, Map.of())))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, e -> assertThat(e.getReasons())
                        .extracting(LocalizedText::en).containsExactly("Missing: Minutes number (第九条)"));
    }

    @Test
    void aStepNotOfTheCurrentStageIsRefusedByTheNamesOfStepAndStage() {
        atStage(REVIEW);
        assertThatThrownBy(() -> workflow.perform(file(), new StepRequest(bureau, "PASS", null, Map.of())))
                .isInstanceOfSatisfying(org.ticportal.core.common.BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("workflow.notAvailable");
                    assertThat(e.getArguments()).containsExactly(text("会议通过", "Passed"), text("复核", "Re-check"));
                });
    }

    @Test
    void severalReasonsAreJoinedAsEachLanguageSeparatesAList() {
        eligible(false);
        assertThatThrownBy(() -> workflow.perform(file(), new StepRequest(applicant, "SUBMIT", null, Map.of())))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, e -> assertThat(e.getArguments())
                        .containsExactly(text("资格条件未全部满足（1项）（第八条）；缺少证明材料：营业执照（第八条）",
                                "Eligibility conditions not met (1) (第八条); Missing evidence: Business licence (第八条)")));
    }

    @Test
    void fieldPresentPassesWithTheValueEnteredOnTheStepAndTheNoticeStarts() {
        atStage(DECISION);
        workflow.perform(file(), new StepRequest(bureau, "PASS", null, Map.of("minutes.number", "2026年第12次")));
        assertThat(app.getStage()).isEqualTo("NOTICE");
        // five working days, the day of publication counting: 29, 30 September, then 8, 9 and 10 October
        assertThat(app.getNotice().firstDay()).isEqualTo(TODAY);
        assertThat(app.getNotice().lastDay()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(app.getNotice().lastDayProvisional()).isFalse();
    }

    @Test
    void fieldPresentAlsoReadsWhatAnEarlierStepEntered() {
        atStage(DECISION);
        earlierSteps.put("minutes.number", "2026年第11次");
        workflow.perform(file(), new StepRequest(bureau, "PASS", null, Map.of()));
        assertThat(app.getStage()).isEqualTo("NOTICE");
    }

    // --- COMMENT_PRESENT ---

    @Test
    void commentPresentRefusesABlankCommentAndPassesWithOne() {
        atStage(REVIEW);
        assertThatThrownBy(() -> workflow.perform(file(), new StepRequest(bureau, "RETURN", "  ", Map.of())))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, e -> assertThat(e.getReasons())
                        .extracting(LocalizedText::zh).containsExactly("请填写意见（第九条）"));
        workflow.perform(file(), new StepRequest(bureau, "RETURN", "请补充材料", Map.of()));
        assertThat(app.getStage()).isEqualTo("DRAFT");
    }

    // --- NOTICE_ENDED and NO_OPEN_OBJECTION ---

    @Test
    void noticeEndedRefusesOnTheLastDayAndPassesTheDayAfter() {
        atStage(NOTICE);
        app.noticeRuns(TODAY, TODAY, false);
        assertThatThrownBy(() -> bySystem("END")).isInstanceOfSatisfying(WorkflowRefusedException.class,
                e -> assertThat(e.getReasons()).extracting(LocalizedText::zh).containsExactly("公示期尚未结束（第九条）"));
        now = now.plusSeconds(86_400);
        bySystem("END");
        assertThat(app.getStage()).isEqualTo("RECOGNIZED");
        assertThat(app.isClosed()).isTrue();
    }

    @Test
    void noticeEndedRefusesAProvisionalEndEvenAfterIt() {
        atStage(NOTICE);
        app.noticeRuns(TODAY.minusDays(10), TODAY.minusDays(1), true);
        assertThatThrownBy(() -> bySystem("END")).isInstanceOfSatisfying(WorkflowRefusedException.class,
                e -> assertThat(e.getReasons()).extracting(LocalizedText::en).containsExactly(
                        "The notice's end is provisional: that year's holidays are not loaded (第九条)"));
    }

    @Test
    void noOpenObjectionRefusesWhileAnObjectionIsBeingHandled() {
        atStage(OBJECTION);
        assertThatThrownBy(() -> bySystem("END")).isInstanceOfSatisfying(WorkflowRefusedException.class,
                e -> assertThat(e.getReasons()).extracting(LocalizedText::zh).containsExactly("尚有未处理的异议（第九条）"));
    }

    @Test
    void onlyThePortalItselfTakesASystemStep() {
        atStage(NOTICE);
        app.noticeRuns(TODAY.minusDays(10), TODAY.minusDays(1), false);
        assertThatThrownBy(() -> workflow.perform(file(), new StepRequest(bureau, "END", null, Map.of())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    // --- optional stages ---

    @Test
    void anOptionalStageIsOfferedAndMayBeSkipped() {
        atStage(REVIEW);
        assertThat(availability.actions(file(), bureau)).extracting(AvailableAction::code)
                .containsExactly("RETURN", "TO_VISIT", "SKIP_VISIT");
        assertThat(availability.actions(file(), applicant)).isEmpty();
        workflow.perform(file(), new StepRequest(bureau, "SKIP_VISIT", null, Map.of()));
        assertThat(app.getStage()).isEqualTo("DECISION");
        assertThat(app.getStageDue()).as("the meeting has no time limit").isNull();
    }

    // --- the eligibility check again after a return ---

    @Test
    void aReturnedDraftIsCheckedForEligibilityAgainThoughItsStepDoesNotSaySo() {
        attach("licence", "LICENCE");
        workflow.perform(file(), new StepRequest(applicant, "SUBMIT", null, Map.of()));
        workflow.perform(file(), new StepRequest(bureau, "RETURN", "面积不符", Map.of()));
        assertThat(app.getStage()).isEqualTo("DRAFT");

        eligible(false);
        assertThatThrownBy(() -> workflow.perform(file(), new StepRequest(applicant, "RESUBMIT", null, Map.of())))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, e -> assertThat(e.getReasons())
                        .extracting(LocalizedText::zh).containsExactly("资格条件未全部满足（1项）"));
        eligible(true);
        workflow.perform(file(), new StepRequest(applicant, "RESUBMIT", null, Map.of()));
        assertThat(app.getStage()).isEqualTo("REVIEW");
        verify(eligibility, times(3)).check(any());
        // withdrawing leaves the procedure: no check
        workflow.perform(file(), new StepRequest(bureau, "RETURN", "再改", Map.of()));
        workflow.perform(file(), new StepRequest(applicant, "WITHDRAW", null, Map.of()));
        verify(eligibility, times(3)).check(any());
    }

    // --- dates of a step's form against the case ---

    @Test
    void aStepFormsDateMayNotLieInTheFutureNorBeforeTheSubmission() {
        app.submitted(TODAY.minusDays(20).atStartOfDay().toInstant(ZoneOffset.UTC), 2026);
        atStage(DECISION);
        assertThat(problems("PASS", Map.of("minutes.number", "1", "minutes.date", TODAY.plusDays(1))))
                .containsExactly("minutes.date:application.date.future:" + TODAY);
        assertThat(problems("PASS", Map.of("minutes.number", "1", "minutes.date", TODAY.minusDays(21))))
                .containsExactly("minutes.date:application.date.beforeSubmission:" + TODAY.minusDays(20));
        workflow.perform(file(), new StepRequest(bureau, "PASS", null, Map.of("minutes.number", "1",
                "minutes.date", TODAY)));
        assertThat(app.getStage()).isEqualTo("NOTICE");
    }

    @Test
    void anObjectionCannotBeReceivedBeforeItsNoticeBegan() {
        app.submitted(TODAY.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC), 2026);
        atStage(NOTICE);
        app.noticeRuns(TODAY.minusDays(3), TODAY.plusDays(4), false);
        assertThat(problems("OBJECT", Map.of("objection.receivedDate", TODAY.minusDays(4).toString())))
                .containsExactly("objection.receivedDate:application.date.beforeNotice:" + TODAY.minusDays(3));
        workflow.perform(file(), new StepRequest(bureau, "OBJECT", null,
                Map.of("objection.receivedDate", TODAY.minusDays(3).toString())));
        assertThat(app.getStage()).isEqualTo("OBJECTION");
    }

    // --- what a step requires, in words; the history writer ---

    // --- guards and deadlines that depend on a policy setting ---

    @Test
    void aGuardTiedToASettingAppliesWhileTheSettingIsOn() {
        atStage(VISIT);
        assertThat(availability.actions(file(), bureau).get(0).requirements()).hasSize(1);
        assertThatThrownBy(() -> workflow.perform(file(), new StepRequest(bureau, "VISITED", null, Map.of())))
                .isInstanceOf(WorkflowRefusedException.class);
        assertThat(app.getStage()).isEqualTo("VISIT");
    }

    @Test
    void aGuardTiedToASettingIsNeitherRequiredNorShownWhileTheSettingIsOff() {
        // as Shanxi's paper copy: an administrator turns "paper copy required" off, the formal review no longer asks
        settings.put(VISIT_REPORT_REQUIRED, "false");
        atStage(VISIT);
        assertThat(availability.actions(file(), bureau).get(0).requirements()).isEmpty();
        workflow.perform(file(), new StepRequest(bureau, "VISITED", null, Map.of()));
        assertThat(app.getStage()).isEqualTo("DECISION");
    }

    @Test
    void aTransitionTiedToASettingIsOfferedAndTakenOnlyWhileTheSettingIsOn() {
        // as Shanxi's submission into the unit administrator's review, while its setting asks for that review
        atStage(REVIEW);
        assertThat(availability.actions(file(), bureau)).extracting(AvailableAction::code).doesNotContain("FAST_TRACK");
        assertThatThrownBy(() -> workflow.perform(file(), new StepRequest(bureau, "FAST_TRACK", null, Map.of())))
                .isInstanceOfSatisfying(org.ticportal.core.common.BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("workflow.notAvailable"));
        assertThat(app.getStage()).isEqualTo("REVIEW");
        settings.put(FAST_TRACK, "true");
        assertThat(availability.actions(file(), bureau)).extracting(AvailableAction::code).contains("FAST_TRACK");
        workflow.perform(file(), new StepRequest(bureau, "FAST_TRACK", null, Map.of()));
        assertThat(app.getStage()).isEqualTo("DECISION");
    }

    @Test
    void aStageDeadlineTiedToASettingIsCountedFromTheSettingWhenTheStageIsEntered() {
        settings.put(OBJECTION_DAYS, "3");
        atStage(NOTICE);
        workflow.perform(file(), new StepRequest(bureau, "OBJECT", null, Map.of("objection.receivedDate",
                TODAY.toString())));
        assertThat(app.getStage()).isEqualTo("OBJECTION");
        // three working days, the day of entry not counting: 30 September, then 8 and 9 October
        assertThat(app.getStageDue()).isEqualTo(LocalDate.of(2026, 10, 9));
    }

    @Test
    void actionsDescribeTheirGuardsByLabelAndName() {
        AvailableAction submit = availability.actions(file(), applicant).stream()
                .filter(a -> a.code().equals("SUBMIT")).findFirst().orElseThrow();
        assertThat(submit.requirements()).extracting(r -> r.text().zh())
                .containsExactly("申报条件自查通过（第八条）", "已上传证明材料“营业执照”（第八条）");
        atStage(DECISION);
        assertThat(availability.actions(file(), bureau).get(0).requirements()).extracting(r -> r.text().en())
                .containsExactly("\"Minutes number\" entered (第九条)");
    }

    @Test
    void everyStepIsRecordedWithItsAuditRowAndEventTogether() {
        atStage(REVIEW);
        workflow.perform(file(), new StepRequest(bureau, "RETURN", "请补充", Map.of()));

        ArgumentCaptor<ApplicationStep> step = ArgumentCaptor.forClass(ApplicationStep.class);
        verify(steps).save(step.capture());
        assertThat(step.getValue().getTransitionCode()).isEqualTo("RETURN");
        assertThat(step.getValue().getTransitionName()).isEqualTo("退回修改");
        assertThat(step.getValue().getFromStage()).isEqualTo("REVIEW");
        assertThat(step.getValue().getToStage()).isEqualTo("DRAFT");
        assertThat(step.getValue().getActorRole()).isEqualTo("BUREAU");
        assertThat(step.getValue().getComment()).isEqualTo("请补充");
        verify(audit).recordStep("42", "RETURN", "REVIEW", "DRAFT", "请补充");
        assertThat(events).containsExactly(new ApplicationStepTaken(42, "RETURN", "REVIEW", "DRAFT",
                AuditService.SYSTEM_ACTOR));
        assertThat(CaseHistory.label(step.getValue(), Map.of("RETURN", text("退回修改", "Return"))).en())
                .isEqualTo("Return");
    }

    // --- helpers ---

    private CaseFile file() {
        return new CaseFile(app, files, () -> earlierSteps);
    }

    private void bySystem(String code) {
        SystemAuthentication.call(() -> workflow.perform(file(), StepRequest.bySystem(code)));
    }

    private List<String> problems(String transition, Map<String, Object> input) {
        try {
            workflow.perform(file(), new StepRequest(bureau, transition, null, input));
        } catch (FormValidationException e) {
            return e.getProblems().stream()
                    .map(p -> p.fieldKey() + ":" + p.messageKey() + ":" + p.arguments().get(0)).toList();
        }
        return List.of();
    }

    /** Puts the application into a stage; it was submitted today unless a test said otherwise before. */
    private void atStage(Stage stage) {
        app.submitted(now, 2026);
        app.enter(stage.code(), stage.kind(), stage.isFinal(), now, null);
    }

    private void attach(String field, String evidence) {
        Attachment a = new Attachment(42L, "APPLICATION", field, evidence, "a.pdf", "x.pdf", "application/pdf", 10,
                "00", "applicant", now);
        try {
            setId(a, Attachment.class, (long) files.size() + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        files.add(a);
    }

    private void eligible(boolean passed) {
        RuleCheck check = new RuleCheck("8.1", RuleKind.AUTO, text("条件", "Condition"), "第八条",
                passed ? CheckOutcome.PASS : CheckOutcome.FAIL, text("结果", "Result"), null);
        when(eligibility.check(any())).thenReturn(new EligibilityReport(PIN, List.of(check)));
    }

    private static void setId(Object entity, Class<?> type, Long id) throws ReflectiveOperationException {
        Field field = type.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }

    private static LocalizedText text(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    private static FormDefinition form(String code, FormField... fields) {
        return new FormDefinition(code, text(code, code), null,
                List.of(new FormSection("main", text("基本信息", "Main"), null, List.of(fields))), List.of());
    }

    private static FormField attachment(String key, LocalizedText label, String evidence) {
        return new FormField(key, FieldType.ATTACHMENT, label, null, false, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, evidence, null, null, null, null);
    }
}

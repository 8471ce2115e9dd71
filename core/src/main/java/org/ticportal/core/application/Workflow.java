package org.ticportal.core.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.calendar.WorkingDays;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.form.CurrentForm;
import org.ticportal.core.form.FieldProblem;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormService;
import org.ticportal.core.form.FormValidationException;
import org.ticportal.core.form.FormValidator;
import org.ticportal.core.form.FormVersionService;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.policy.PolicySettingsService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.notice.NoticeRules;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.Guard;
import org.ticportal.policy.api.procedure.GuardKind;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.procedure.Transition;
import org.ticportal.policy.api.setting.PolicySettings;

/**
 * The workflow engine: moves an application along the procedure of the policy it is pinned to. It checks that the
 * step leaves the current stage, applies to the application's channel, is the user's to take
 * ({@link StepAvailability#mayTake}), that the step's form is complete and its dates fit the case
 * ({@link StepDates}), and that everything the step requires is there ({@link Guards}); then it enters the next stage
 * (with its deadline in working days, the last day of a stage the policy limits in months, and the notice period for a
 * notice stage) and has {@link CaseHistory} record the step with what the actor entered and the rule results.
 * It reads the application from its {@link CaseFile}. Callers run it inside their transaction. Which steps a user may
 * take, and what each requires in words, is {@link StepAvailability}'s.
 */
@Component
class Workflow {

    private final PolicyProviders providers;
    private final FormService forms;
    private final FormVersionService versions;
    private final EligibilityChecker eligibility;
    private final WorkingDayCalendar calendar;
    private final PlatformHoldingRepository holdings;
    private final CaseHistory history;
    private final PolicySettingsService settings;
    private final Checklist checklist;
    private final StepAvailability availability;
    private final CaseForms caseForms;
    private final Clock clock;

    Workflow(PolicyProviders providers, FormService forms, FormVersionService versions, EligibilityChecker eligibility,
             WorkingDayCalendar calendar, PlatformHoldingRepository holdings, CaseHistory history,
             PolicySettingsService settings, Checklist checklist, StepAvailability availability, CaseForms caseForms,
             Clock clock) {
        this.providers = providers;
        this.forms = forms;
        this.versions = versions;
        this.eligibility = eligibility;
        this.calendar = calendar;
        this.holdings = holdings;
        this.history = history;
        this.settings = settings;
        this.checklist = checklist;
        this.availability = availability;
        this.caseForms = caseForms;
        this.clock = clock;
    }

    /** What the notice feature says about objections filed on its page; none when it is absent (unit tests). */
    private PendingObjections objections = applicationId -> false;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setObjections(PendingObjections objections) {
        this.objections = objections;
    }

    /** Takes a step; refused (and nothing changed) when the step's form has problems or a guard is not met. */
    RecognitionApplication perform(CaseFile file, StepRequest request) {
        RecognitionApplication app = file.application();
        PolicyPin pin = app.getPin();
        Procedure procedure = providers.read(pin, p -> p.procedure());
        PolicySettings current = settings.settingsFor(pin);
        Transition t = procedure.from(app.getStage()).stream()
                .filter(x -> x.code().equals(request.transition()) && InForce.applies(x, app, current)).findFirst()
                .orElseThrow(() -> new BusinessException("workflow.notAvailable",
                        transitionName(procedure, request.transition()), stageName(procedure, app.getStage())));
        if (!availability.mayTake(app, t, request)) {
            throw new AccessDeniedException("not allowed to take " + t.code() + " on application " + app.getId());
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> stepValues = new LinkedHashMap<>();
        Long stepFormVersion = null;
        FormDefinition stepForm = null;
        if (!t.form().isEmpty()) {
            CurrentForm currentStepForm = versions.current(pin, t.form());
            stepFormVersion = currentStepForm.versionId();
            stepForm = currentStepForm.definition();
            stepValues = withoutAttachments(stepForm, FormValidator.clean(stepForm, request.input()));
            // only files attached in this stage count for its step: a repeated step needs its own
            stepValues.putAll(file.attachmentValues(t.form(), app.getStageEnteredAt()));
            List<FieldProblem> problems = new ArrayList<>(
                    FormValidator.check(stepForm, stepValues, forms.choices(pin), true));
            problems.addAll(StepDates.check(stepForm, stepValues, app, today, clock.getZone()));
            if (!problems.isEmpty()) {
                throw new FormValidationException(problems);
            }
        }
        Map<String, Object> applicationValues = file.values();
        Map<String, Object> known = new LinkedHashMap<>(file.earlierStepValues());
        known.putAll(applicationValues);
        known.putAll(stepValues);
        List<Guard> required = new ArrayList<>(InForce.guards(t, current));
        Stage target = procedure.stage(t.to()).orElseThrow();
        if (app.getStageKind() == StageKind.DRAFT && target.kind() != StageKind.DRAFT && !target.isFinal()
                && !t.requires(GuardKind.ELIGIBILITY_PASSED)) {
            // whatever the policy says, an application that leaves a stage in which the applicant could change it is
            // complete and eligible again: a revision after review must not slip past the checks of the submission
            required.add(new Guard(GuardKind.ELIGIBILITY_PASSED, "", ""));
        }
        if (StepAvailability.passesStage(app, t, target) && !t.requires(GuardKind.CHECKLIST_VERIFIED)) {
            // whatever the policy says, a reviewer passes the case on only once the checklist items they own are
            // confirmed (an application without such items is not held up: the guard is met at once)
            required.add(new Guard(GuardKind.CHECKLIST_VERIFIED, "", ""));
        }
        FormDefinition shownStepForm = stepForm;
        Guards guards = new Guards(() -> caseForms.vocabulary(app,
                shownStepForm == null ? List.of() : List.of(shownStepForm)));
        List<LocalizedText> unmet = new ArrayList<>();
        EligibilityReport report = null;
        for (Guard g : required) {
            if (g.kind() == GuardKind.ELIGIBILITY_PASSED) {
                FormDefinition form = caseForms.formOf(app, app.getFormCode());
                List<FieldProblem> problems = FormValidator.check(form, applicationValues, forms.choices(pin), true);
                if (!problems.isEmpty()) {
                    throw new FormValidationException(problems);
                }
                report = eligibility.check(file);
                if (!report.passed()) {
                    unmet.add(guards.refusal(g, "ELIGIBILITY_PASSED", report.blocking().size()));
                }
            } else if (g.kind() == GuardKind.CHECKLIST_VERIFIED) {
                List<ChecklistItem> open = Checklist.blocking(
                        checklist.items(file, report != null ? report : eligibility.check(file), null), t.actor());
                if (!open.isEmpty()) {
                    unmet.add(guards.refusal(g, "CHECKLIST_VERIFIED", Checklist.names(open)));
                }
            } else if (g.kind() == GuardKind.NO_OPEN_OBJECTION && objections.pending(app.getId())) {
                // an objection filed on the public page and not yet handled keeps the notice open
                unmet.add(guards.refusal(g, "NO_OPEN_OBJECTION"));
            } else {
                LocalizedText reason = guards.unmet(g, file, known, request.comment(), today);
                if (reason != null) {
                    unmet.add(reason);
                }
            }
        }
        if (!unmet.isEmpty()) {
            throw new WorkflowRefusedException(unmet, report);
        }
        // a stage limited in months ends on its last day; a step that stays in the stage keeps that day
        LocalDate expires = !target.isTimed() ? null
                : target.code().equals(app.getStage()) && app.getStageExpires() != null ? app.getStageExpires()
                : target.lastDayFrom(durationStart(file, target, known, today)).orElseThrow();
        return enter(app, request, new Step(t, target, stepValues, stepFormVersion, report, expires),
                ApplicationAccess.unitStage(procedure, target));
    }

    /**
     * The hook of {@link SimplifiedProcedure}: enters the stage after an optional stage the authority skips, as a step
     * of the portal's own ({@link ApplicationStep#SKIPPED}, the reason as its comment), with the target's deadline and
     * notice handled as for any step. The caller has checked that the stage may be skipped and by whom.
     */
    RecognitionApplication skip(CaseFile file, Transition skip, AccessScope scope, String reason) {
        RecognitionApplication app = file.application();
        Procedure procedure = providers.read(app.getPin(), p -> p.procedure());
        Stage target = procedure.stage(skip.to()).orElseThrow();
        LocalDate expires = !target.isTimed() ? null
                : target.lastDayFrom(durationStart(file, target, file.values(), LocalDate.now(clock))).orElseThrow();
        return enter(app, new StepRequest(scope, skip.code(), reason, Map.of()),
                new Step(skip, target, Map.of(), null, null, expires), ApplicationAccess.unitStage(procedure, target));
    }

    /**
     * A step the engine has checked and is about to record.
     *
     * @param transition  the transition taken
     * @param target      the stage it leads to
     * @param values      what the actor entered on the step's form (empty: no form)
     * @param formVersion the published version of the step's form ({@code null}: the shipped form)
     * @param report      the eligibility results the step was checked with, if it was
     * @param expires     the last day of the target's duration in months, if it is limited so
     */
    private record Step(Transition transition, Stage target, Map<String, Object> values, @Nullable Long formVersion,
                        @Nullable EligibilityReport report, @Nullable LocalDate expires) {
    }

    /**
     * The day a timed stage's months count from ({@link Stage#durationFrom}): the day it is entered, the day the case
     * last entered a named stage, or a date the case holds (the application's or a step form's field, this step's
     * included). Where the policy names a date the case does not hold (yet), the entry day: the limit is never lost.
     */
    private LocalDate durationStart(CaseFile file, Stage target, Map<String, Object> known, LocalDate today) {
        String from = target.durationFrom();
        if (from.isEmpty()) {
            return today;
        }
        java.util.Optional<String> stage = target.durationFromStage();
        if (stage.isPresent()) {
            return stage.get().equals(target.code()) ? today : file.lastEntered(stage.get())
                    .map(at -> LocalDate.ofInstant(at, clock.getZone())).orElse(today);
        }
        Object value = known.get(from);
        if (value != null) {
            try {
                return LocalDate.parse(value.toString().strip());
            } catch (java.time.format.DateTimeParseException e) {
                // not a date: the entry day
            }
        }
        return today;
    }

    private RecognitionApplication enter(RecognitionApplication app, StepRequest request, Step step, boolean toUnit) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        String from = app.getStage();
        StageKind fromKind = app.getStageKind();
        Stage target = step.target();
        int deadline = deadline(target, app.getPin());
        LocalDate due = deadline > 0 ? calendar.periodFor(today, deadline, false).last() : null;
        if (due == null) {
            // a stage limited in months only: its last day is the time limit the inbox, the grid and reminders show
            due = step.expires();
        }
        boolean fromUnit = app.isWithUnit();
        app.enter(target.code(), target.kind(), target.isFinal(), now, due);
        app.expiresOn(step.expires());
        app.withUnit(toUnit);
        // submitted (to the recommending body) when the case leaves the unit: from the draft, or from the unit
        // administrator's approval where the policy has one, never on the applicant's submit into that approval
        boolean leavesUnit = fromKind == StageKind.DRAFT || fromUnit && target.kind() != StageKind.DRAFT
                && target.kind() != StageKind.REJECTED;
        if (leavesUnit && !toUnit && target.kind() != StageKind.WITHDRAWN) {
            app.submitted(now, today.getYear());
        }
        if (target.kind() == StageKind.NOTICE && fromKind != StageKind.NOTICE) {
            NoticeRules notice = providers.read(app.getPin(), p -> p.notice());
            WorkingDays.Period period = calendar.periodFor(today, notice.workingDays(), notice.publicationDayCounts());
            app.noticeRuns(period.first(), period.last(), period.provisional());
            // the period runs in public only once the bureau publishes a notice listing the case (NoticePeriods);
            // a case back from handling an objection was on a published notice already and stays so
            if (fromKind != StageKind.OBJECTION) {
                app.noticeAwaitsPublication();
            }
        }
        if (target.createsCenter() && app.getFullName() != null) {
            holdings.save(new PlatformHolding(app.getUnit().getCreditCode(), platformKind(app, target),
                    app.getFullName(), app.getDirectorKey(), "application " + app.getReferenceNo(), today));
        }
        AccessScope scope = request.scope();
        String role = scope == null ? "SYSTEM"
                : step.transition().actor() == Actor.UNIT_ADMINISTRATOR ? ApplicationAccess.UNIT_ADMIN_ROLE : scope.role().name();
        history.stepTaken(app, step.transition(), from, role,
                request.comment(), step.values(), step.formVersion(), step.report());
        return app;
    }

    /** A stage's deadline in working days under the policy's settings; its fixed one when a setting cannot be read. */
    private int deadline(Stage target, PolicyPin pin) {
        if (target.deadlineSetting().isEmpty()) {
            return target.deadlineWorkingDays();
        }
        try {
            return target.deadlineUnder(settings.settingsFor(pin));
        } catch (RuntimeException e) {
            return target.deadlineWorkingDays();
        }
    }

    /** A transition's name in the procedure (it may leave another stage), or its code when it has none. */
    private static LocalizedText transitionName(Procedure procedure, String code) {
        return procedure.transitions().stream().filter(t -> t.code().equals(code)).findFirst()
                .map(Transition::name).orElse(new LocalizedText(code, code));
    }

    /** A stage's name in the procedure, or its code when the procedure does not know it. */
    static LocalizedText stageName(@Nullable Procedure procedure, String code) {
        return (procedure == null ? java.util.Optional.<Stage>empty() : procedure.stage(code)).map(Stage::name)
                .orElse(new LocalizedText(code, code));
    }

    /** The kind of platform a recognised center is, for the host's questions: {@code TIC:<policy>}. */
    static String platformKind(RecognitionApplication app, Stage target) {
        return "TIC:" + app.getPolicyId() + (target.kind() == StageKind.PROVISIONAL ? ":PROVISIONAL" : "");
    }

    /**
     * Attachments are added through the attachment store, never as values in a request: a value naming a file would
     * otherwise claim evidence that was never uploaded.
     */
    static Map<String, Object> withoutAttachments(FormDefinition form, Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>(values);
        form.fields().filter(f -> f.type() == FieldType.ATTACHMENT).forEach(f -> out.remove(f.key()));
        return out;
    }
}

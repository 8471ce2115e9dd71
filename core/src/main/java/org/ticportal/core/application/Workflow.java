package org.ticportal.core.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.calendar.WorkingDays;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.form.FieldProblem;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.CurrentForm;
import org.ticportal.core.form.FormService;
import org.ticportal.core.form.FormVersionService;
import org.ticportal.core.form.FormValidationException;
import org.ticportal.core.form.FormValidator;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
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

/**
 * The workflow engine: moves an application along the procedure of the policy it is pinned to. It checks that the
 * step leaves the current stage, applies to the application's channel, is the user's to take, and that everything
 * it requires is there; then it enters the next stage (with its deadline in working days, and the notice period for a
 * notice stage), records the step with what the actor entered and the rule results, and publishes the event.
 * Callers run it inside their transaction.
 */
@Component
class Workflow {

    private final PolicyProviders providers;
    private final FormService forms;
    private final FormVersionService versions;
    private final EligibilityChecker eligibility;
    private final WorkingDayCalendar calendar;
    private final ApplicationStepRepository steps;
    private final PlatformHoldingRepository holdings;
    private final AttachmentRepository attachments;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Workflow(PolicyProviders providers, FormService forms, FormVersionService versions, EligibilityChecker eligibility,
             WorkingDayCalendar calendar, ApplicationStepRepository steps, PlatformHoldingRepository holdings,
             AttachmentRepository attachments, AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.providers = providers;
        this.forms = forms;
        this.versions = versions;
        this.eligibility = eligibility;
        this.calendar = calendar;
        this.steps = steps;
        this.holdings = holdings;
        this.attachments = attachments;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The steps a user with this scope may take now. */
    List<AvailableAction> actions(RecognitionApplication app, AccessScope scope) {
        Procedure procedure = providers.read(app.getPin(), p -> p.procedure());
        List<AvailableAction> result = new ArrayList<>();
        for (Transition t : procedure.from(app.getStage())) {
            if (!t.appliesTo(app.getChannel()) || !ApplicationAccess.canAct(t.actor(), scope, app)) {
                continue;
            }
            Stage to = procedure.stage(t.to()).orElseThrow();
            result.add(new AvailableAction(t.code(), t.name(), t.actor(), t.to(), to.name(), t.form(),
                    t.requires(GuardKind.COMMENT_PRESENT), t.guards(), t.article()));
        }
        return result;
    }

    /**
     * Takes a step.
     *
     * @param scope     the acting user's scope, or {@code null} when the portal itself acts
     * @param stepInput what the actor entered on the step's form
     */
    RecognitionApplication perform(RecognitionApplication app, @Nullable AccessScope scope, String transitionCode,
                                   @Nullable String comment, Map<String, ?> stepInput, Map<String, Object> values,
                                   Map<String, String> explanations) {
        PolicyPin pin = app.getPin();
        Procedure procedure = providers.read(pin, p -> p.procedure());
        Transition t = procedure.from(app.getStage()).stream()
                .filter(x -> x.code().equals(transitionCode) && x.appliesTo(app.getChannel())).findFirst()
                .orElseThrow(() -> new BusinessException("workflow.notAvailable", transitionCode, app.getStage()));
        boolean allowed = t.actor() == Actor.SYSTEM ? ApplicationAccess.isSystem()
                : scope != null && ApplicationAccess.canAct(t.actor(), scope, app);
        if (!allowed) {
            throw new AccessDeniedException("not allowed to take " + transitionCode + " on application " + app.getId());
        }
        Map<String, Object> stepValues = new LinkedHashMap<>();
        Long stepFormVersion = null;
        if (!t.form().isEmpty()) {
            CurrentForm currentStepForm = versions.current(pin, t.form());
            stepFormVersion = currentStepForm.versionId();
            FormDefinition stepForm = currentStepForm.definition();
            stepValues = withoutAttachments(stepForm, FormValidator.clean(stepForm, stepInput));
            // only files attached in this stage count for its step: a repeated step needs its own
            stepValues.putAll(attachmentValues(app.getId(), t.form(), app.getStageEnteredAt()));
            List<FieldProblem> problems = FormValidator.check(stepForm, stepValues, forms.choices(pin), true);
            if (!problems.isEmpty()) {
                throw new FormValidationException(problems);
            }
        }
        Map<String, Object> applicationValues = new LinkedHashMap<>(values);
        applicationValues.putAll(attachmentValues(app.getId(), app.getFormCode(), null));
        Map<String, Object> known = new LinkedHashMap<>(earlierStepValues(app));
        known.putAll(applicationValues);
        known.putAll(stepValues);
        Set<String> evidence = evidence(app);
        List<LocalizedText> unmet = new ArrayList<>();
        EligibilityReport report = null;
        LocalDate today = LocalDate.now(clock);
        List<Guard> guards = new ArrayList<>(t.guards());
        Stage target = procedure.stage(t.to()).orElseThrow();
        if (app.getStageKind() == StageKind.DRAFT && target.kind() != StageKind.DRAFT && !target.isFinal()
                && !t.requires(GuardKind.ELIGIBILITY_PASSED)) {
            // whatever the policy says, an application that leaves a stage in which the applicant could change it is
            // complete and eligible again: a revision after review must not slip past the checks of the submission
            guards.add(new Guard(GuardKind.ELIGIBILITY_PASSED, "", ""));
        }
        for (Guard g : guards) {
            switch (g.kind()) {
                case ELIGIBILITY_PASSED -> {
                    FormDefinition form = formOf(app, app.getFormCode());
                    List<FieldProblem> problems = FormValidator.check(form, applicationValues, forms.choices(pin), true);
                    if (!problems.isEmpty()) {
                        throw new FormValidationException(problems);
                    }
                    report = eligibility.check(app, applicationValues, evidence, explanations);
                    if (!report.passed()) {
                        unmet.add(text("资格条件未全部满足（" + report.blocking().size() + "项）",
                                "Eligibility conditions not met (" + report.blocking().size() + ")", g));
                    }
                }
                case FIELD_PRESENT -> {
                    Object v = known.get(g.reference());
                    if (v == null || v instanceof String s && s.isBlank()) {
                        unmet.add(text("缺少必填信息：" + g.reference(), "Missing: " + g.reference(), g));
                    }
                }
                case EVIDENCE_PRESENT -> {
                    if (!evidence.contains(g.reference())) {
                        unmet.add(text("缺少证明材料：" + g.reference(), "Missing evidence: " + g.reference(), g));
                    }
                }
                case COMMENT_PRESENT -> {
                    if (comment == null || comment.isBlank()) {
                        unmet.add(text("请填写意见", "A comment is required", g));
                    }
                }
                case NOTICE_ENDED -> {
                    if (app.getNoticeEnd() == null || !today.isAfter(app.getNoticeEnd())) {
                        unmet.add(text("公示期尚未结束", "The notice period has not ended", g));
                    } else if (app.isNoticeEndProvisional()) {
                        unmet.add(text("公示期结束日期为暂定：相关年度的节假日安排尚未导入",
                                "The notice's end is provisional: that year's holidays are not loaded", g));
                    }
                }
                case NO_OPEN_OBJECTION -> {
                    if (app.getStageKind() == StageKind.OBJECTION) {
                        unmet.add(text("尚有未处理的异议", "An objection is open", g));
                    }
                }
            }
        }
        if (!unmet.isEmpty()) {
            throw new WorkflowRefusedException(unmet, report);
        }
        return enter(app, procedure, t, scope, comment, stepValues, stepFormVersion, report);
    }

    private RecognitionApplication enter(RecognitionApplication app, Procedure procedure, Transition t,
                                         @Nullable AccessScope scope, @Nullable String comment,
                                         Map<String, Object> stepValues, @Nullable Long stepFormVersion,
                                         @Nullable EligibilityReport report) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        String from = app.getStage();
        StageKind fromKind = app.getStageKind();
        Stage target = procedure.stage(t.to()).orElseThrow();
        LocalDate due = target.deadlineWorkingDays() > 0
                ? calendar.periodFor(today, target.deadlineWorkingDays(), false).last() : null;
        app.enter(target.code(), target.kind(), target.isFinal(), now, due);
        if (fromKind == StageKind.DRAFT && target.kind() != StageKind.WITHDRAWN) {
            app.submitted(now, today.getYear());
        }
        if (target.kind() == StageKind.NOTICE && fromKind != StageKind.NOTICE) {
            NoticeRules notice = providers.read(app.getPin(), p -> p.notice());
            WorkingDays.Period period = calendar.periodFor(today, notice.workingDays(), notice.publicationDayCounts());
            app.noticeRuns(period.first(), period.last(), period.provisional());
        }
        if (target.createsCenter() && app.getFullName() != null) {
            holdings.save(new PlatformHolding(app.getUnit().getCreditCode(), platformKind(app, target),
                    app.getFullName(), app.getDirectorKey(), "application " + app.getReferenceNo(), today));
        }
        String actor = AuditService.currentActor();
        ApplicationStep step = new ApplicationStep(app.getId(), t.code(), t.name().zh(), from, target.code(), actor,
                scope == null ? "SYSTEM" : scope.role().name(), now, blankToNull(comment),
                stepValues.isEmpty() ? null : Json.write(stepValues), report == null ? null : Json.write(report),
                app.getPluginVersion());
        steps.save(t.form().isEmpty() ? step : step.withForm(t.form(), stepFormVersion));
        audit.record(AuditSubject.APPLICATION, app.getId().toString(), t.code(), from, target.code(),
                blankToNull(comment));
        events.publishEvent(new ApplicationStepTaken(app.getId(), t.code(), from, target.code(), actor));
        return app;
    }

    /**
     * A form of the application: its own form in the version it is filled in on, or a step's form in the version in
     * use now.
     */
    FormDefinition formOf(RecognitionApplication app, String formCode) {
        return formCode.equals(app.getFormCode())
                ? versions.definition(app.getPin(), formCode, app.getFormVersionId())
                : versions.current(app.getPin(), formCode).definition();
    }

    /** The kind of platform a recognised center is, for the host's questions: {@code TIC:<policy>}. */
    static String platformKind(RecognitionApplication app, Stage target) {
        return "TIC:" + app.getPolicyId() + (target.kind() == StageKind.PROVISIONAL ? ":PROVISIONAL" : "");
    }

    /** The evidence codes for which at least one file is attached, on any of the application's forms. */
    Set<String> evidence(RecognitionApplication app) {
        Set<String> codes = new HashSet<>();
        for (Attachment a : attachments.findByApplicationIdAndDeletedAtIsNullOrderByUploadedAt(app.getId())) {
            if (a.getEvidenceCode() != null) {
                codes.add(a.getEvidenceCode());
            }
        }
        return codes;
    }

    /** The attachment ids per field of one of the application's forms, as form values. */
    Map<String, Object> attachmentValues(long applicationId, String formCode) {
        return attachmentValues(applicationId, formCode, null);
    }

    private Map<String, Object> attachmentValues(long applicationId, String formCode, @Nullable Instant since) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Attachment a : attachments.findByApplicationIdAndDeletedAtIsNullOrderByUploadedAt(applicationId)) {
            if (a.getFormCode().equals(formCode) && (since == null || !a.getUploadedAt().isBefore(since))) {
                @SuppressWarnings("unchecked")
                List<String> ids = (List<String>) values.computeIfAbsent(a.getFieldKey(), k -> new ArrayList<String>());
                ids.add(a.getId().toString());
            }
        }
        return values;
    }

    private Map<String, Object> earlierStepValues(RecognitionApplication app) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (ApplicationStep step : steps.findByApplicationIdOrderByOccurredAtAscIdAsc(app.getId())) {
            merged.putAll(Json.values(step.getStepDataJson()));
        }
        return merged;
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

    private static LocalizedText text(String zh, String en, Guard g) {
        return g.article().isBlank() ? new LocalizedText(zh, en)
                : new LocalizedText(zh + "（" + g.article() + "）", en + " (" + g.article() + ")");
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

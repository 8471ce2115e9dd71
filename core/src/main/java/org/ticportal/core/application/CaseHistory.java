package org.ticportal.core.application;

import java.time.Clock;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Transition;

/**
 * The one writer of an application's history. Every change of an application's stage or pin is recorded here, and
 * only here, as three things together: the {@link ApplicationStep} shown in the application's history, the row of the
 * audit trail, and the {@link ApplicationStepTaken} event for those who react to steps. A step of the policy's
 * procedure keeps the transition's name as the policy called it then; a step of the portal's own (filing, migration)
 * keeps the key of its label in core's bundle, so that both are shown in the reader's language ({@link #label}).
 * Callers run it inside their transaction.
 */
@Component
class CaseHistory {

    /** The labels of the portal's own steps, by step code: keys in {@code vaadin-i18n/core*.properties}. */
    private static final Map<String, String> CORE_LABELS = Map.of(
            ApplicationStep.CREATED, "application.step.created",
            ApplicationStep.MIGRATED, "application.step.migrated",
            ApplicationStep.VERIFIED, "application.step.verified",
            ApplicationStep.NOT_VERIFIED, "application.step.notVerified",
            ApplicationStep.CHECKLIST_REOPENED, "application.step.checklistReopened",
            ApplicationStep.SKIPPED, "application.step.skipped");

    private final ApplicationStepRepository steps;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseHistory(ApplicationStepRepository steps, AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.steps = steps;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A new application was filed in its procedure's initial stage by its applicant. */
    void filed(RecognitionApplication app, String actorRole) {
        record(new ApplicationStep(app.getId(), ApplicationStep.CREATED, CORE_LABELS.get(ApplicationStep.CREATED),
                null, app.getStage(), AuditService.currentActor(), actorRole, clock.instant(), null, null, null,
                app.getPluginVersion()), AuditAction.CREATED, null, app.getStage(), app.getPin().toString());
    }

    /**
     * The application took a step of its procedure and is now in the transition's target stage.
     *
     * @param from            the stage it left
     * @param actorRole       the acting user's role, or {@code SYSTEM} when the portal acted
     * @param stepValues      what the actor entered on the step's form (empty: no form)
     * @param stepFormVersion the published version of the step's form ({@code null}: the shipped form)
     * @param report          the eligibility results the step was checked with, if it was
     */
    void stepTaken(RecognitionApplication app, Transition t, String from, String actorRole, @Nullable String comment,
                   Map<String, Object> stepValues, @Nullable Long stepFormVersion, @Nullable EligibilityReport report) {
        ApplicationStep step = new ApplicationStep(app.getId(), t.code(), t.name().zh(), from, app.getStage(),
                AuditService.currentActor(), actorRole, clock.instant(), blankToNull(comment),
                stepValues.isEmpty() ? null : Json.write(stepValues), report == null ? null : Json.write(report),
                app.getPluginVersion());
        record(t.form().isEmpty() ? step : step.withForm(t.form(), stepFormVersion), null, from, app.getStage(),
                blankToNull(comment));
    }

    /** An administrator moved the application from an older plugin version to the one it is pinned to now. */
    void migrated(RecognitionApplication app, PolicyPin from, String comment) {
        String reason = comment.strip();
        record(new ApplicationStep(app.getId(), ApplicationStep.MIGRATED, CORE_LABELS.get(ApplicationStep.MIGRATED),
                app.getStage(), app.getStage(), AuditService.currentActor(), "ADMIN", clock.instant(), reason, null,
                null, app.getPluginVersion()), AuditAction.MIGRATED, from.pluginVersion(), app.getPluginVersion(), reason);
    }

    /**
     * A reviewer marked a checklist item verified or not (核实); the case stays in its stage. The history row's comment
     * names the rule and carries the note.
     */
    void verified(RecognitionApplication app, String ruleId, boolean verified, @Nullable String note,
                  String actorRole) {
        String code = verified ? ApplicationStep.VERIFIED : ApplicationStep.NOT_VERIFIED;
        String comment = note == null || note.isBlank() ? ruleId
                : CoreMessages.text("checklist.historyNote", ruleId, note.strip()).zh();
        steps.save(new ApplicationStep(app.getId(), code, CORE_LABELS.get(code), app.getStage(), app.getStage(),
                AuditService.currentActor(), actorRole, clock.instant(), comment, null, null,
                app.getPluginVersion()));
        audit.record(AuditSubject.APPLICATION, app.getId().toString(),
                verified ? AuditAction.VERIFIED : AuditAction.NOT_VERIFIED, null, ruleId, comment);
    }

    /**
     * The portal opened the checklist's items again because the case went back to the applicant (the step that
     * returned it is recorded just before); the history row's comment names the items and what their marks were.
     */
    void checklistReopened(RecognitionApplication app, String comment) {
        steps.save(new ApplicationStep(app.getId(), ApplicationStep.CHECKLIST_REOPENED,
                CORE_LABELS.get(ApplicationStep.CHECKLIST_REOPENED), app.getStage(), app.getStage(),
                AuditService.SYSTEM_ACTOR, "SYSTEM", clock.instant(), comment, null, null, app.getPluginVersion()));
        audit.record(AuditSubject.APPLICATION, app.getId().toString(), AuditAction.CHECKLIST_REOPENED, null,
                app.getStage(), comment);
    }

    /**
     * Saves the step, writes the audit row (its states may be other than the stages: versions) and publishes.
     *
     * @param auditAction the portal's own action, or {@code null} for a step of the policy's procedure (recorded by
     *                    the transition's code)
     */
    private void record(ApplicationStep step, @Nullable AuditAction auditAction, @Nullable String auditFrom,
                        String auditTo, @Nullable String auditComment) {
        steps.save(step);
        if (auditAction == null) {
            audit.recordStep(step.getApplicationId().toString(), step.getTransitionCode(), auditFrom, auditTo,
                    auditComment);
        } else {
            audit.record(AuditSubject.APPLICATION, step.getApplicationId().toString(), auditAction, auditFrom,
                    auditTo, auditComment);
        }
        events.publishEvent(new ApplicationStepTaken(step.getApplicationId(), step.getTransitionCode(),
                step.getFromStage(), step.getToStage(), step.getActor()));
    }

    /**
     * A step's label in both languages: the portal's own steps from core's bundle; a policy's step by its name in the
     * procedure of the application's pinned policy when it has a transition of that code, else the name recorded when
     * it was taken.
     *
     * @param policyNames the names of the pinned procedure's transitions, by code
     */
    static LocalizedText label(ApplicationStep step, Map<String, LocalizedText> policyNames) {
        String key = CORE_LABELS.get(step.getTransitionCode());
        if (key != null) {
            return CoreMessages.text(key);
        }
        LocalizedText name = policyNames.get(step.getTransitionCode());
        return name != null ? name : new LocalizedText(step.getTransitionName(), step.getTransitionName());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

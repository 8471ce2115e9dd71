package org.ticportal.core.application;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * Opens the reviewers' checklist again when a case goes back to the applicant (退回修改): the applicant may change the
 * evidence the reviewers verified, so every item is to be verified again before the reviewers' next step. Reacts to
 * {@link ApplicationStepTaken} inside the step's transaction (the step and the reopening are one change): a step out of
 * a stage that is not a draft into a draft stage the case had been in before (its filing stage, or a revision stage
 * it had already left) is a return. The first entry into a revision stage (e.g. the plan revision after expert
 * argumentation) is no return, and keeps the marks. The reopening is recorded in the case's history and the audit trail,
 * naming each item and what its mark was; earlier marks stay in the history.
 */
@Component
class ChecklistReopener {

    private final ApplicationRepository applications;
    private final ApplicationStepRepository steps;
    private final RuleVerificationRepository verifications;
    private final PolicyProviders providers;
    private final CaseHistory history;

    ChecklistReopener(ApplicationRepository applications, ApplicationStepRepository steps,
                      RuleVerificationRepository verifications, PolicyProviders providers, CaseHistory history) {
        this.applications = applications;
        this.steps = steps;
        this.verifications = verifications;
        this.providers = providers;
        this.history = history;
    }

    @EventListener
    void onStep(ApplicationStepTaken step) {
        if (step.fromStage() == null || step.fromStage().equals(step.toStage())) {
            return;
        }
        List<RuleVerification> marks = verifications.findByApplicationIdOrderByRuleId(step.applicationId());
        if (marks.isEmpty()) {
            return;
        }
        RecognitionApplication app = applications.findById(step.applicationId()).orElse(null);
        if (app == null) {
            return;
        }
        Procedure procedure = providers.read(app.getPin(), p -> p.procedure());
        boolean intoDraft = procedure.stage(step.toStage()).map(Stage::kind).orElse(null) == StageKind.DRAFT;
        boolean fromReview = procedure.stage(step.fromStage()).map(Stage::kind).orElse(null) != StageKind.DRAFT;
        if (!intoDraft || !fromReview || steps.countByApplicationIdAndToStage(app.getId(), step.toStage()) < 2) {
            return;
        }
        String comment = marks.stream().map(m -> CoreMessages.text("checklist.reopenedNote", m.getRuleId(),
                CoreMessages.text(m.isVerified() ? "checklist.mark.verified" : "checklist.mark.notVerified").zh())
                .zh()).reduce((a, b) -> CoreMessages.text("checklist.and", a, b).zh()).orElseThrow();
        verifications.deleteAll(marks);
        verifications.flush();
        history.checklistReopened(app, comment.length() > 2000 ? comment.substring(0, 2000) : comment);
    }
}

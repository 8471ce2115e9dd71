package org.ticportal.core.application;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.policy.PolicySettingsService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.change.ConversionSource;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.procedure.Transition;

/**
 * The simplified procedure of a conversion (art. 16 of the Xinzhou measures; DOMAIN §7: the bureau may simplify steps):
 * while a conversion application whose conversion source the policy marks {@code simplifiedProcedure} waits in a stage
 * the policy marks {@link Stage#optional() optional}, the authority may skip that stage for the case, giving a reason.
 * The case then enters the stage the optional stage's forward step leads to (its first step to a stage that is not
 * the procedure's initial stage — a return to the applicant —, a refusal, a withdrawal or the same stage; for
 * Xinzhou's expert argumentation that is 根据专家意见完善建设方案), and the history records the skip with the reason
 * ({@link ApplicationStep#SKIPPED}). Any other stage, any other case, any other actor is refused.
 */
@Service
public class SimplifiedProcedure {

    private final ApplicationRepository applications;
    private final AttachmentRepository attachments;
    private final ApplicationStepRepository steps;
    private final ApplicationDetails details;
    private final PolicyProviders providers;
    private final PolicySettingsService settings;
    private final Workflow workflow;
    private final UserService users;
    private final AuditService audit;

    SimplifiedProcedure(ApplicationRepository applications, AttachmentRepository attachments,
                        ApplicationStepRepository steps, ApplicationDetails details, PolicyProviders providers,
                        PolicySettingsService settings, Workflow workflow, UserService users, AuditService audit) {
        this.applications = applications;
        this.attachments = attachments;
        this.steps = steps;
        this.details = details;
        this.providers = providers;
        this.settings = settings;
        this.workflow = workflow;
        this.users = users;
        this.audit = audit;
    }

    /**
     * A conversion as its application page shows it.
     *
     * @param sourceCode          the policy's conversion source
     * @param sourceName          its name, if the pinned policy still names it
     * @param engineeringCenterId the engineering center it converts
     * @param simplified          whether the authority may skip the procedure's optional stages for it
     */
    public record Conversion(String sourceCode, @Nullable LocalizedText sourceName, long engineeringCenterId,
                             boolean simplified) {
    }

    /**
     * What skipping the current stage would do.
     *
     * @param stageName  the optional stage the case is in
     * @param targetName the stage it would enter
     * @param article    the article that allows the conversion
     */
    public record SkipOption(LocalizedText stageName, LocalizedText targetName, String article) {
    }

    /** Whether the application is a conversion, and from what; empty for an ordinary application. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Conversion> conversion(long applicationId) {
        RecognitionApplication app = visible(applicationId);
        if (app.getConversionSource() == null || app.getEngineeringCenterId() == null) {
            return Optional.empty();
        }
        ConversionSource source = source(app);
        return Optional.of(new Conversion(app.getConversionSource(), source == null ? null : source.name(),
                app.getEngineeringCenterId(), source != null && source.simplifiedProcedure()));
    }

    /** The skip the user may take now on the application; empty when none. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional(readOnly = true)
    public Optional<SkipOption> skipOption(long applicationId) {
        RecognitionApplication app = visible(applicationId);
        try {
            Plan plan = plan(app, users.currentScope());
            return Optional.of(new SkipOption(plan.stage().name(), plan.target().name(), plan.article()));
        } catch (BusinessException | AccessDeniedException e) {
            return Optional.empty();
        }
    }

    /**
     * Skips the optional stage the conversion waits in, with the reason recorded in its history and the audit trail.
     * Refused ({@code conversion.skip.*}) when the case is no conversion of a simplified source, the stage is not
     * optional, or the reason is blank; refused when someone changed the case meanwhile.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public ApplicationDetail skip(long applicationId, long expectedVersion, String reason) {
        RecognitionApplication app = visible(applicationId);
        if (app.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("application " + applicationId + " was changed");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "conversion.skip.reasonRequired");
        }
        AccessScope scope = users.currentScope();
        Plan plan = plan(app, scope);
        String from = app.getStage();
        Transition skip = Transition.of(ApplicationStep.SKIPPED, from, plan.target().code(),
                CoreMessages.text("application.step.skipped"), Actor.AUTHORITY, plan.article());
        workflow.skip(CaseFile.load(app, attachments, steps), skip, scope, reason.strip());
        applications.saveAndFlush(app);
        audit.record(AuditSubject.APPLICATION, app.getId().toString(), AuditAction.STAGE_SKIPPED, from, app.getStage(),
                reason.strip());
        return details.of(CaseFile.load(app, attachments, steps), false);
    }

    private record Plan(Stage stage, Stage target, String article) {
    }

    private Plan plan(RecognitionApplication app, AccessScope scope) {
        ConversionSource source = app.getConversionSource() == null ? null : source(app);
        if (source == null || !source.simplifiedProcedure()) {
            throw new BusinessException("conversion.skip.notConversion", app.getReferenceNo());
        }
        Procedure procedure = providers.read(app.getPin(), p -> p.procedure());
        Stage stage = procedure.stage(app.getStage()).orElseThrow();
        if (!stage.optional() || app.isClosed()) {
            throw new BusinessException("conversion.skip.notOptional", stage.name().zh());
        }
        if (!ApplicationAccess.canAct(Actor.AUTHORITY, scope, app)) {
            throw new AccessDeniedException("not the authority of application " + app.getId());
        }
        var current = settings.settingsFor(app.getPin());
        List<Stage> targets = procedure.from(stage.code()).stream()
                .filter(t -> InForce.applies(t, app, current) && !t.to().equals(stage.code()))
                .map(t -> procedure.stage(t.to()).orElseThrow())
                .filter(s -> !s.code().equals(procedure.initialStage()) && s.kind() != StageKind.REJECTED
                        && s.kind() != StageKind.WITHDRAWN)
                .toList();
        if (targets.isEmpty()) {
            throw new BusinessException("conversion.skip.notOptional", stage.name().zh());
        }
        return new Plan(stage, targets.getFirst(), source.article());
    }

    private @Nullable ConversionSource source(RecognitionApplication app) {
        String code = app.getConversionSource();
        return providers.read(app.getPin(), p -> p.conversionSources()).stream().filter(s -> s.code().equals(code))
                .findFirst().orElse(null);
    }

    private RecognitionApplication visible(long id) {
        AccessScope scope = users.currentScope();
        return applications.findById(id).filter(a -> ApplicationAccess.canSee(scope, a))
                .orElseThrow(() -> new BusinessException("application.notFound", id));
    }
}

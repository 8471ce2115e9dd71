package org.ticportal.core.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.GuardKind;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.procedure.Transition;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * The application as the expert argumentation sees it: the bureau and the panel's members read what a draw and a
 * declaration need ({@link PanelCase}); a member who declared no conflict reads the whole application; the panel's head
 * records the conclusion as the step of the policy's expert panel. An expert never reaches an application whose
 * panel they do not sit on: the answer is the same as for an application that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class PanelCaseService {

    private final ApplicationRepository applications;
    private final ApplicationStepRepository steps;
    private final AttachmentRepository attachments;
    private final UserService users;
    private final PolicyProviders providers;
    private final Workflow workflow;
    private final CaseForms caseForms;
    private final ApplicationDetails details;
    private final PanelAccess panels;

    PanelCaseService(ApplicationRepository applications, ApplicationStepRepository steps,
                     AttachmentRepository attachments, UserService users, PolicyProviders providers, Workflow workflow,
                     CaseForms caseForms, ApplicationDetails details, PanelAccess panels) {
        this.applications = applications;
        this.steps = steps;
        this.attachments = attachments;
        this.users = users;
        this.providers = providers;
        this.workflow = workflow;
        this.caseForms = caseForms;
        this.details = details;
        this.panels = panels;
    }

    /** What a draw and a declaration need; bureau staff of the application's jurisdiction or a member of its panel. */
    @PreAuthorize("hasAnyRole('BUREAU', 'EXPERT')")
    public PanelCase panelCase(long id) {
        AccessScope scope = users.currentScope();
        RecognitionApplication app = applications.findById(id)
                .filter(a -> scope.role() == Role.EXPERT ? panels.isMember(id) : ApplicationAccess.canSee(scope, a))
                .orElseThrow(() -> new BusinessException("application.notFound", id));
        return of(CaseFile.load(app, attachments, steps));
    }

    /**
     * One page of the bureau user's applications at an expert review stage and still open, sorted in the database: those
     * a panel may be drawn for (the expert feature says which have one).
     */
    @PreAuthorize("hasRole('BUREAU')")
    public Page<ApplicationRow> atExpertReview(Pageable pageable) {
        return applications.findAll(atExpertReviewFor(users.currentScope()), pageable).map(ApplicationRow::of);
    }

    @PreAuthorize("hasRole('BUREAU')")
    public long countAtExpertReview() {
        return applications.count(atExpertReviewFor(users.currentScope()));
    }

    private static Specification<RecognitionApplication> atExpertReviewFor(AccessScope scope) {
        Specification<RecognitionApplication> atStage = (root, query, cb) -> cb.and(
                cb.equal(root.get("stageKind"), StageKind.EXPERT_REVIEW), cb.isFalse(root.get("closed")));
        return ApplicationAccess.visibleTo(scope).and(atStage);
    }

    /**
     * The application form in the version the application was filed on, for a member of its panel who declared no
     * conflict: rendered read-only with the policy's labels.
     */
    @PreAuthorize("hasRole('EXPERT')")
    public FormDefinition formAsExpert(long id) {
        if (!panels.mayRead(id)) {
            throw new BusinessException("application.notFound", id);
        }
        RecognitionApplication app = applications.findById(id)
                .orElseThrow(() -> new BusinessException("application.notFound", id));
        return caseForms.formOf(app, app.getFormCode());
    }

    /** The whole application, for a member of its panel who declared no conflict. */
    @PreAuthorize("hasRole('EXPERT')")
    public ApplicationDetail readAsExpert(long id) {
        if (!panels.mayRead(id)) {
            throw new BusinessException("application.notFound", id);
        }
        RecognitionApplication app = applications.findById(id)
                .orElseThrow(() -> new BusinessException("application.notFound", id));
        return details.of(CaseFile.load(app, attachments, steps), false);
    }

    /**
     * Records the panel's conclusion as the step the head chose: the transition of the policy's expert panel from the
     * current stage, with its form filled in by the caller from the panel's result. Refused for anyone but the head.
     */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public ApplicationDetail concludeAsHead(long id, String transitionCode, @Nullable String comment,
                                            Map<String, ?> stepInput) {
        if (!panels.isLeader(id)) {
            throw new BusinessException("application.notFound", id);
        }
        RecognitionApplication app = applications.findById(id)
                .orElseThrow(() -> new BusinessException("application.notFound", id));
        CaseFile file = CaseFile.load(app, attachments, steps);
        workflow.perform(file, new StepRequest(users.currentScope(), transitionCode, comment, stepInput, true));
        applications.saveAndFlush(app);
        return details.of(file, false);
    }

    private PanelCase of(CaseFile file) {
        RecognitionApplication app = file.application();
        Map<String, Object> values = file.data();
        List<PanelCase.CoBuilder> coBuilders = new ArrayList<>();
        if (values.get(FieldKeys.CO_BUILDERS) instanceof List<?> rows) {
            for (Object row : rows) {
                if (row instanceof Map<?, ?> map && map.get("name") instanceof String name && !name.isBlank()) {
                    Object code = map.get("creditCode");
                    coBuilders.add(new PanelCase.CoBuilder(name.trim(),
                            code instanceof String c && !c.isBlank() ? c.trim() : null));
                }
            }
        }
        Object cluster = values.get(FieldKeys.INDUSTRY_CLUSTER);
        LocalizedText stageName = null;
        List<PanelCase.Outcome> outcomes = new ArrayList<>();
        Map<String, LocalizedText> panelSteps = new java.util.HashMap<>();
        try {
            Procedure procedure = providers.read(app.getPin(), p -> p.procedure());
            stageName = procedure.stage(app.getStage()).map(Stage::name).orElse(null);
            procedure.transitions().stream().filter(t -> t.actor() == Actor.EXPERT_PANEL)
                    .forEach(t -> panelSteps.putIfAbsent(t.code(), t.name()));
            for (Transition t : procedure.from(app.getStage())) {
                if (t.actor() == Actor.EXPERT_PANEL && t.appliesTo(app.getChannel())) {
                    Stage to = procedure.stage(t.to()).orElseThrow();
                    outcomes.add(new PanelCase.Outcome(t.code(), t.name(), t.to(),
                            to.isFailure(), t.requires(GuardKind.COMMENT_PRESENT)));
                }
            }
        } catch (RuntimeException e) {
            // the pinned policy cannot be read now: the case is still shown, without its possible conclusions
        }
        List<org.ticportal.policy.api.evaluation.Indicator> conversionSheet = List.of();
        if (app.getConversionSource() != null) {
            String source = app.getConversionSource();
            try {
                conversionSheet = providers.read(app.getPin(), p -> p.conversionSources()).stream()
                        .filter(s -> s.code().equals(source)).findFirst()
                        .map(org.ticportal.policy.api.change.ConversionSource::scoringSheet).orElse(List.of());
            } catch (RuntimeException e) {
                // the pinned policy cannot be read now: the policy's own score sheet applies
            }
        }
        return new PanelCase(app.getId(), app.getReferenceNo(), app.getJurisdictionCode(), app.getPin(),
                app.getStage(), app.getStageKind(), stageName, app.getFullName(), app.getUnit().getName(),
                app.getUnit().getCreditCode(), coBuilders, cluster instanceof String c && !c.isBlank() ? c : null,
                outcomes, panelSteps, conversionSheet);
    }
}

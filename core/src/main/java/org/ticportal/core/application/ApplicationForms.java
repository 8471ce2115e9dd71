package org.ticportal.core.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.form.CurrentForm;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormValidator;
import org.ticportal.core.form.FormVersionService;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * The forms of an application: the one it is filled in on, in the version it was started on (a draft keeps its version
 * until the applicant moves it to the one in use now), the forms the steps taken were entered on and what was entered,
 * and which fields the screens show read-only (the unit's registration decides them) or hide. Filing, saving, the
 * steps themselves and the form of the step about to be taken are {@link ApplicationService}'s. Every call is limited
 * to the applications the user's scope covers.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationForms {

    private final ApplicationRepository applications;
    private final ApplicationStepRepository steps;
    private final FormVersionService formVersions;
    private final CaseForms caseForms;
    private final ApplicationCases cases;
    private final ApplicationValues values;
    private final AuditService audit;
    private final Clock clock;

    ApplicationForms(ApplicationRepository applications, ApplicationStepRepository steps,
                     FormVersionService formVersions, CaseForms caseForms, ApplicationCases cases,
                     ApplicationValues values, AuditService audit, Clock clock) {
        this.applications = applications;
        this.steps = steps;
        this.formVersions = formVersions;
        this.caseForms = caseForms;
        this.cases = cases;
        this.values = values;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the actor entered on a step's form (e.g. the recommendation letter's number). */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Object> stepValues(long applicationId, long stepId) {
        cases.visible(applicationId);
        ApplicationStep step = steps.findById(stepId).filter(s -> s.getApplicationId() == applicationId)
                .orElseThrow(() -> new BusinessException("application.notFound", stepId));
        return Json.values(step.getStepDataJson());
    }

    /** The form the application is filled in on, in the version it was started on (or moved to). */
    @PreAuthorize("isAuthenticated()")
    public FormDefinition form(long id) {
        RecognitionApplication app = cases.visible(id);
        return caseForms.formOf(app, app.getFormCode());
    }

    /** The form a step was taken on, in the version its values were entered on. */
    @PreAuthorize("isAuthenticated()")
    public FormDefinition stepForm(long id, ApplicationStep step) {
        RecognitionApplication app = cases.visible(id);
        if (!app.getId().equals(step.getApplicationId()) || step.getFormCode() == null) {
            throw new BusinessException("application.notFound", id);
        }
        return formVersions.definition(app.getPin(), step.getFormCode(), step.getFormVersionId());
    }

    /**
     * Which form version the application is on, and whether a newer one is published: a draft keeps its version until
     * the applicant chooses to move.
     */
    @PreAuthorize("isAuthenticated()")
    public FormVersionInfo formVersion(long id) {
        RecognitionApplication app = cases.visible(id);
        CurrentForm current = formVersions.current(app.getPin(), app.getFormCode());
        int number = formVersions.number(app.getFormVersionId());
        boolean newer = !java.util.Objects.equals(current.versionId(), app.getFormVersionId())
                && current.number() > number;
        return new FormVersionInfo(number, current.number(), newer && app.getStageKind() == StageKind.DRAFT
                && !app.isClosed());
    }

    /**
     * Moves a draft to the form version in use now. Values of fields the new version no longer has (or hides) are
     * dropped; they are returned so that the applicant sees what went. Files stay attached.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public List<String> moveToCurrentForm(long id, long expectedVersion) {
        RecognitionApplication app = cases.applicantsDraft(id, expectedVersion);
        CurrentForm current = formVersions.current(app.getPin(), app.getFormCode());
        int from = formVersions.number(app.getFormVersionId());
        if (java.util.Objects.equals(current.versionId(), app.getFormVersionId())) {
            return List.of();
        }
        Map<String, Object> before = Json.values(app.getDataJson());
        Map<String, Object> after = Workflow.withoutAttachments(current.definition(),
                FormValidator.clean(current.definition(), before));
        List<String> dropped = before.keySet().stream().filter(k -> !after.containsKey(k)).sorted().toList();
        app.moveToForm(current.versionId(), Json.write(after), clock.instant());
        values.store(app, after);
        applications.saveAndFlush(app);
        audit.record(AuditSubject.APPLICATION, app.getId().toString(), AuditAction.FORM_VERSION_CHANGED, "v" + from,
                "v" + current.number(), dropped.isEmpty() ? null : "dropped: " + String.join(", ", dropped));
        return dropped;
    }

    /**
     * The fields of the application's form that the unit's registration decides (lead unit's name, credit code,
     * registered body, and category when the unit has one): the server takes them from the unit, so screens show them
     * read-only.
     */
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<String> registeredUnitFields(long id) {
        // (the center type of a single-type policy is among them: fixed, and hidden by hiddenFields)
        RecognitionApplication app = cases.visible(id);
        return java.util.Set.copyOf(values.registeredUnitValues(app, caseForms.formOf(app, app.getFormCode()))
                .keySet());
    }

    /**
     * The fields of the application's form the screens hide: the center type where the pinned policy has a single
     * one (the server fills it in, plugin API 0.2.5).
     */
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<String> hiddenFields(long id) {
        RecognitionApplication app = cases.visible(id);
        return values.singleCenterType(app).isPresent() && caseForms.formOf(app, app.getFormCode())
                .field(FieldKeys.CENTER_TYPE).isPresent() ? java.util.Set.of(FieldKeys.CENTER_TYPE) : java.util.Set.of();
    }
}

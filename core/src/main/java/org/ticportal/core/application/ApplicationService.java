package org.ticportal.core.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.form.CurrentForm;
import org.ticportal.core.form.FieldProblem;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormService;
import org.ticportal.core.form.FormValidationException;
import org.ticportal.core.form.FormValidator;
import org.ticportal.core.form.FormVersionService;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.DocumentTemplate;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;

/**
 * Recognition applications: an applicant files one under the policy its jurisdiction uses now (and it stays pinned to
 * that policy and plugin version), fills in the form, checks eligibility, submits; reviewers and the bureau take the
 * next steps. Every query and step is limited to what the user's scope covers. Lists of applications (the grid's pages,
 * counts, every matching row) are {@link ApplicationGrid}'s; the form an application is filled in on and its versions,
 * the forms and values of the steps taken and which fields the screens show read-only or hide are
 * {@link ApplicationForms}'.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationService {

    private final ApplicationRepository applications;
    private final ApplicationStepRepository steps;
    private final UserService users;
    private final JurisdictionPolicyService jurisdictions;
    private final PolicyProviders providers;
    private final FormService forms;
    private final FormVersionService formVersions;
    private final EligibilityChecker eligibility;
    private final Workflow workflow;
    private final StepAvailability availability;
    private final CaseForms caseForms;
    private final CaseHistory history;
    private final ApplicationDetails details;
    private final ApplicationCases cases;
    private final ApplicationValues formValues;
    private final AuditService audit;
    private final CallGate callGate;
    private final Clock clock;
    private final UnitDivisions divisions;

    ApplicationService(ApplicationRepository applications, ApplicationStepRepository steps, UserService users,
                       JurisdictionPolicyService jurisdictions, PolicyProviders providers, FormService forms,
                       FormVersionService formVersions, EligibilityChecker eligibility, Workflow workflow,
                       StepAvailability availability, CaseForms caseForms,
                       CaseHistory history, ApplicationDetails details, ApplicationCases cases,
                       ApplicationValues formValues, AuditService audit, CallGate callGate, Clock clock,
                       UnitDivisions divisions) {
        this.applications = applications;
        this.steps = steps;
        this.users = users;
        this.jurisdictions = jurisdictions;
        this.providers = providers;
        this.forms = forms;
        this.formVersions = formVersions;
        this.eligibility = eligibility;
        this.workflow = workflow;
        this.availability = availability;
        this.caseForms = caseForms;
        this.history = history;
        this.details = details;
        this.cases = cases;
        this.formValues = formValues;
        this.audit = audit;
        this.callGate = callGate;
        this.clock = clock;
        this.divisions = divisions;
    }

    /** An application the user may see, with the steps they may take now. */
    @PreAuthorize("isAuthenticated()")
    public ApplicationDetail get(long id) {
        return get(id, false);
    }

    /**
     * An application the user may see, with the steps they may take now and, when asked for, its eligibility
     * self-check: what its screen shows, from one load of the application.
     */
    @PreAuthorize("isAuthenticated()")
    public ApplicationDetail get(long id, boolean withEligibility) {
        return details.of(cases.caseFile(cases.visible(id)), withEligibility);
    }

    /**
     * Files a new application of the applicant's unit under the jurisdiction's active policy. It is pinned to that
     * policy and plugin version, and arrives through the recommending body the policy assigns to the unit's division.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public ApplicationDetail create(String jurisdictionCode) {
        return create(jurisdictionCode, null);
    }

    /**
     * Where the applicant may file under the jurisdiction's active policy now: its open calls, and whether outside
     * calls too.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public FilingOptions filingOptions(String jurisdictionCode) {
        StartedPolicy policy = jurisdictions.activePolicy(jurisdictionCode)
                .orElseThrow(() -> BusinessException.onField("jurisdiction", "application.noPolicy",
                        jurisdictionCode));
        return callGate.options(jurisdictionCode, policy);
    }

    /**
     * The reference number of an open application the applicant's unit already holds under the jurisdiction's policy
     * in the call (or outside calls, for {@code null}), when a new one there would be refused: for a warning before
     * filing.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public java.util.Optional<String> openDuplicate(String jurisdictionCode, @Nullable Long callId) {
        Unit unit = cases.ownUnit(users.currentScope());
        return jurisdictions.activePolicy(jurisdictionCode).flatMap(policy -> callGate.duplicate(policy.policyId(),
                unit.getId(), callId, providers.read(policy.pin(), p -> p.calls())));
    }

    /**
     * Files a new application of the applicant's unit under the jurisdiction's active policy, in an open call of that
     * policy or, with {@code callId} {@code null}, outside calls where the policy allows rolling filing. Refused when
     * the unit already holds an open application there and the policy does not allow a second one.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public ApplicationDetail create(String jurisdictionCode, @Nullable Long callId) {
        return create(jurisdictionCode, callId, null, null);
    }

    /** The conversion feature, when the portal runs with it (absent in some unit tests). */
    private @Nullable ConversionRegistry conversions;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setConversions(ConversionRegistry conversions) {
        this.conversions = conversions;
    }

    /**
     * Files a conversion (art. 16 of the Xinzhou measures: 原有符合条件的市工程技术研究中心，可以申请转成市技术创新中心): a new
     * application of the applicant's unit, under the active policy of the jurisdiction whose registry holds the
     * engineering center, marked with the policy's conversion source and the engineering center. It is filled in on
     * the policy's application form and runs through its procedure like any application. Refused unless the
     * engineering center is registered under the unit's own credit code with no open conversion, and the policy in
     * force still names its conversion source.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public ApplicationDetail createConversion(long engineeringCenterId, @Nullable Long callId) {
        if (conversions == null) {
            throw new BusinessException("conversion.unavailable");
        }
        Unit unit = cases.ownUnit(users.currentScope());
        ConversionRegistry.Claim claim = conversions.claim(engineeringCenterId, unit.getCreditCode());
        return create(claim.jurisdictionCode(), callId, claim.sourceCode(), engineeringCenterId);
    }

    private ApplicationDetail create(String jurisdictionCode, @Nullable Long callId, @Nullable String conversionSource,
                                     @Nullable Long engineeringCenterId) {
        AccessScope scope = users.currentScope();
        Unit unit = cases.ownUnit(scope);
        StartedPolicy policy = jurisdictions.activePolicy(jurisdictionCode)
                .orElseThrow(() -> BusinessException.onField("jurisdiction", "application.noPolicy",
                        jurisdictionCode));
        PolicyPin pin = policy.pin();
        RecommendingBody body = divisions.bodyFor(policy.catalogs(), unit.getRecommendingBodyCode())
                .orElseThrow(() -> BusinessException.onField("jurisdiction", "application.outsideJurisdiction",
                        unit.getRecommendingBodyCode(), policy.identity().jurisdiction().zh()));
        Procedure procedure = providers.read(pin, p -> p.procedure());
        Stage initial = procedure.stage(procedure.initialStage()).orElseThrow();
        if (!forms.hasForm(pin, DocumentTemplate.APPLICATION_FORM)) {
            throw new BusinessException("form.missing", DocumentTemplate.APPLICATION_FORM, pin.toString());
        }
        callGate.checkFiling(jurisdictionCode, pin, unit.getId(), callId);
        CurrentForm form = formVersions.current(pin, DocumentTemplate.APPLICATION_FORM);
        RecognitionApplication app = new RecognitionApplication("NEW-" + java.util.UUID.randomUUID(), pin,
                jurisdictionCode, unit, body.code(), body.channel(), initial.code(), initial.kind(),
                DocumentTemplate.APPLICATION_FORM, form.versionId(), clock.instant(), AuditService.currentActor());
        app.fileInCall(callId);
        if (conversionSource != null && engineeringCenterId != null) {
            if (providers.read(pin, p -> p.conversionSources()).stream()
                    .noneMatch(c -> c.code().equals(conversionSource))) {
                throw new BusinessException("conversion.sourceUnknown", conversionSource);
            }
            app.convertFrom(conversionSource, engineeringCenterId);
        }
        applications.saveAndFlush(app);
        app.setReferenceNo(pin.policyId().toUpperCase(java.util.Locale.ROOT) + "-" + LocalDate.now(clock).getYear()
                + "-" + String.format("%05d", app.getId()));
        // the lead unit's registered particulars are in the form from the start
        formValues.store(app, formValues.registeredUnitValues(app, caseForms.formOf(app, app.getFormCode())));
        applications.saveAndFlush(app);
        history.filed(app, Role.APPLICANT.name());
        if (engineeringCenterId != null && conversions != null) {
            conversions.filed(engineeringCenterId, app.getId());
            audit.record(AuditSubject.APPLICATION, app.getId().toString(), AuditAction.CONVERSION_FILED, null,
                    conversionSource + ":" + engineeringCenterId, null);
        }
        if (callId != null) {
            audit.record(AuditSubject.APPLICATION, app.getId().toString(), AuditAction.FILED_IN_CALL, null,
                    callId.toString(), null);
        }
        return detail(app);
    }

    /**
     * Saves the form values of a draft. Values are checked as the form checks them (ranges, patterns, choices); a
     * draft may still be incomplete. Refused when someone else saved meanwhile.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public ApplicationDetail saveDraft(long id, long expectedVersion, Map<String, ?> input,
                                       Map<String, String> explanations) {
        RecognitionApplication app = cases.applicantsDraft(id, expectedVersion);
        PolicyPin pin = app.getPin();
        FormDefinition form = caseForms.formOf(app, app.getFormCode());
        // files are kept by the attachment store, never taken from a request
        Map<String, Object> values = new LinkedHashMap<>(Workflow.withoutAttachments(form,
                FormValidator.clean(form, input)));
        values.putAll(formValues.registeredUnitValues(app, form));
        Map<String, Object> checked = new LinkedHashMap<>(values);
        checked.putAll(cases.caseFile(app).attachmentValues(app.getFormCode(), null));
        Map<String, Object> before = Json.values(app.getDataJson());
        // a draft may keep a catalog entry retired since it was chosen; submitting asks for a current one
        List<FieldProblem> problems = FormValidator.check(form, checked,
                FormValidator.keeping(forms.choices(pin), form, before), false);
        if (!problems.isEmpty()) {
            throw new FormValidationException(problems);
        }
        formValues.store(app, values);
        app.setExplanationsJson(explanations.isEmpty() ? null : Json.write(cleanExplanations(explanations)));
        applications.saveAndFlush(app);
        List<String> changed = new java.util.ArrayList<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(before.keySet());
        keys.addAll(values.keySet());
        for (String key : keys) {
            if (!java.util.Objects.equals(before.get(key), values.get(key))) {
                changed.add(key);
            }
        }
        if (!changed.isEmpty()) {
            audit.record(AuditSubject.APPLICATION, app.getId().toString(), AuditAction.DRAFT_SAVED, null, null,
                    String.join(", ", changed));
        }
        return detail(app);
    }

    /** The eligibility self-check of an application under its pinned policy, as its data stands now. */
    @PreAuthorize("isAuthenticated()")
    public EligibilityReport eligibility(long id) {
        return eligibility.check(cases.caseFile(cases.visible(id)));
    }

    /**
     * The eligibility rules of the application's pinned policy run again with another lead unit (art. 15 of the Xinzhou
     * measures: a restructuring that changes the lead unit of the center recognised on this application): the
     * application's values with the lead unit's fields ({@code leadUnit.*} keys only; others are ignored) replaced.
     * The naming check is left out: the center keeps its name.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public EligibilityReport eligibilityWithLeadUnit(long id, Map<String, Object> leadUnitValues) {
        Map<String, Object> replaced = new LinkedHashMap<>();
        leadUnitValues.forEach((k, v) -> {
            if (k.startsWith("leadUnit.")) {
                replaced.put(k, v);
            }
        });
        EligibilityReport report = eligibility.check(cases.caseFile(cases.visible(id)), replaced);
        return new EligibilityReport(report.pin(), report.checks().stream()
                .filter(c -> !EligibilityChecker.NAMING.equals(c.ruleId())).toList());
    }

    /** The steps the user may take on the application now; refused when the pinned policy cannot say. */
    @PreAuthorize("isAuthenticated()")
    public List<AvailableAction> actions(long id) {
        RecognitionApplication app = cases.visible(id);
        return app.isClosed() ? List.of() : availability.actions(cases.caseFile(app), users.currentScope());
    }

    /** A step's form in the version in use now, for the actor about to take it. */
    @PreAuthorize("isAuthenticated()")
    public FormDefinition stepForm(long id, String formCode) {
        RecognitionApplication app = cases.visible(id);
        return caseForms.formOf(app, formCode);
    }

    /**
     * Takes a step. Refused with the reasons (each citing its article) when something it requires is missing; nothing
     * is changed then.
     */
    @PreAuthorize("hasAnyRole('APPLICANT', 'COUNTY', 'BUREAU')")
    @Transactional
    public ApplicationDetail perform(long id, long expectedVersion, String transitionCode, @Nullable String comment,
                                     Map<String, ?> stepInput) {
        RecognitionApplication app = cases.visible(id);
        ApplicationCases.checkVersion(app, expectedVersion);
        CaseFile file = cases.caseFile(app);
        boolean recommendation = callGate.checkStep(app, transitionCode);
        workflow.perform(file, new StepRequest(users.currentScope(), transitionCode, comment, stepInput));
        if (recommendation) {
            app.recommended(clock.instant());
        }
        applications.saveAndFlush(app);
        return details.of(file, false);
    }

    /** The application's history: every step, newest first unless the page request sorts otherwise. */
    @PreAuthorize("isAuthenticated()")
    public Page<ApplicationStep> history(long id, Pageable pageable) {
        cases.visible(id);
        return steps.findByApplicationId(id, pageable);
    }

    private ApplicationDetail detail(RecognitionApplication app) {
        return details.of(cases.caseFile(app), false);
    }

    private static Map<String, String> cleanExplanations(Map<String, String> explanations) {
        Map<String, String> out = new LinkedHashMap<>();
        explanations.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                out.put(ApplicationValues.truncate(k, 64), ApplicationValues.truncate(v.strip(), 1000));
            }
        });
        return out;
    }
}

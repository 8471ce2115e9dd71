package org.ticportal.core.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
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
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.DocumentTemplate;
import org.ticportal.policy.api.NamingRules;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * Recognition applications: an applicant files one under the policy its jurisdiction uses now (and it stays pinned to
 * that policy and plugin version), fills in the form, checks eligibility, submits; reviewers and the bureau take the
 * next steps. Every query and step is limited to what the user's scope covers. Lists of applications (the grid's pages,
 * counts, every matching row) are {@link ApplicationGrid}'s.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationService {

    private final ApplicationRepository applications;
    private final ApplicationStepRepository steps;
    private final AttachmentRepository attachments;
    private final UnitService units;
    private final UserService users;
    private final JurisdictionPolicyService jurisdictions;
    private final PolicyProviders providers;
    private final FormService forms;
    private final FormVersionService formVersions;
    private final EligibilityChecker eligibility;
    private final Workflow workflow;
    private final CaseHistory history;
    private final ApplicationDetails details;
    private final AuditService audit;
    private final CallGate callGate;
    private final Clock clock;

    private final UnitDivisions divisions;

    ApplicationService(ApplicationRepository applications, ApplicationStepRepository steps,
                       AttachmentRepository attachments, UnitService units, UserService users,
                       JurisdictionPolicyService jurisdictions, PolicyProviders providers, FormService forms,
                       FormVersionService formVersions, EligibilityChecker eligibility, Workflow workflow,
                       CaseHistory history, ApplicationDetails details, AuditService audit, CallGate callGate,
                       Clock clock, UnitDivisions divisions) {
        this.divisions = divisions;
        this.applications = applications;
        this.steps = steps;
        this.attachments = attachments;
        this.units = units;
        this.users = users;
        this.jurisdictions = jurisdictions;
        this.providers = providers;
        this.forms = forms;
        this.formVersions = formVersions;
        this.eligibility = eligibility;
        this.workflow = workflow;
        this.history = history;
        this.details = details;
        this.audit = audit;
        this.callGate = callGate;
        this.clock = clock;
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
        return details.of(caseFile(visible(id)), withEligibility);
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
        Unit unit = ownUnit(users.currentScope());
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
        Unit unit = ownUnit(users.currentScope());
        ConversionRegistry.Claim claim = conversions.claim(engineeringCenterId, unit.getCreditCode());
        return create(claim.jurisdictionCode(), callId, claim.sourceCode(), engineeringCenterId);
    }

    private ApplicationDetail create(String jurisdictionCode, @Nullable Long callId, @Nullable String conversionSource,
                                     @Nullable Long engineeringCenterId) {
        AccessScope scope = users.currentScope();
        Unit unit = ownUnit(scope);
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
        storeValues(app, registeredUnitValues(app, workflow.formOf(app, app.getFormCode())));
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
        RecognitionApplication app = applicantsDraft(id, expectedVersion);
        PolicyPin pin = app.getPin();
        FormDefinition form = workflow.formOf(app, app.getFormCode());
        // files are kept by the attachment store, never taken from a request
        Map<String, Object> values = new LinkedHashMap<>(Workflow.withoutAttachments(form,
                FormValidator.clean(form, input)));
        values.putAll(registeredUnitValues(app, form));
        Map<String, Object> checked = new LinkedHashMap<>(values);
        checked.putAll(caseFile(app).attachmentValues(app.getFormCode(), null));
        Map<String, Object> before = Json.values(app.getDataJson());
        // a draft may keep a catalog entry retired since it was chosen; submitting asks for a current one
        List<FieldProblem> problems = FormValidator.check(form, checked,
                FormValidator.keeping(forms.choices(pin), form, before), false);
        if (!problems.isEmpty()) {
            throw new FormValidationException(problems);
        }
        storeValues(app, values);
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
        return eligibility.check(caseFile(visible(id)));
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
        EligibilityReport report = eligibility.check(caseFile(visible(id)), replaced);
        return new EligibilityReport(report.pin(), report.checks().stream()
                .filter(c -> !EligibilityChecker.NAMING.equals(c.ruleId())).toList());
    }

    /** The steps the user may take on the application now; refused when the pinned policy cannot say. */
    @PreAuthorize("isAuthenticated()")
    public List<AvailableAction> actions(long id) {
        RecognitionApplication app = visible(id);
        return app.isClosed() ? List.of() : workflow.actions(caseFile(app), users.currentScope());
    }

    /**
     * Takes a step. Refused with the reasons (each citing its article) when something it requires is missing; nothing
     * is changed then.
     */
    @PreAuthorize("hasAnyRole('APPLICANT', 'COUNTY', 'BUREAU')")
    @Transactional
    public ApplicationDetail perform(long id, long expectedVersion, String transitionCode, @Nullable String comment,
                                     Map<String, ?> stepInput) {
        RecognitionApplication app = visible(id);
        checkVersion(app, expectedVersion);
        CaseFile file = caseFile(app);
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
        visible(id);
        return steps.findByApplicationId(id, pageable);
    }

    /** What the actor entered on a step's form (e.g. the recommendation letter's number). */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Object> stepValues(long applicationId, long stepId) {
        visible(applicationId);
        ApplicationStep step = steps.findById(stepId).filter(s -> s.getApplicationId() == applicationId)
                .orElseThrow(() -> new BusinessException("application.notFound", stepId));
        return Json.values(step.getStepDataJson());
    }

    /** The form the application is filled in on, in the version it was started on (or moved to). */
    @PreAuthorize("isAuthenticated()")
    public FormDefinition form(long id) {
        RecognitionApplication app = visible(id);
        return workflow.formOf(app, app.getFormCode());
    }

    /** A step's form in the version in use now, for the actor about to take it. */
    @PreAuthorize("isAuthenticated()")
    public FormDefinition stepForm(long id, String formCode) {
        RecognitionApplication app = visible(id);
        return workflow.formOf(app, formCode);
    }

    /** The form a step was taken on, in the version its values were entered on. */
    @PreAuthorize("isAuthenticated()")
    public FormDefinition stepForm(long id, ApplicationStep step) {
        RecognitionApplication app = visible(id);
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
        RecognitionApplication app = visible(id);
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
        RecognitionApplication app = applicantsDraft(id, expectedVersion);
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
        storeValues(app, after);
        applications.saveAndFlush(app);
        audit.record(AuditSubject.APPLICATION, app.getId().toString(), AuditAction.FORM_VERSION_CHANGED, "v" + from,
                "v" + current.number(), dropped.isEmpty() ? null : "dropped: " + String.join(", ", dropped));
        return dropped;
    }

    /** A draft the current user may change as its applicant, as they last read it. */
    private RecognitionApplication applicantsDraft(long id, long expectedVersion) {
        RecognitionApplication app = visible(id);
        checkVersion(app, expectedVersion);
        if (!ApplicationDetails.isOpenDraft(app)) {
            throw new BusinessException("application.notEditable",
                    Workflow.stageName(details.procedure(app), app.getStage()));
        }
        if (!ApplicationAccess.canAct(Actor.APPLICANT, users.currentScope(), app)) {
            throw new AccessDeniedException("not the applicant of application " + id);
        }
        return app;
    }

    private RecognitionApplication visible(long id) {
        AccessScope scope = users.currentScope();
        return applications.findById(id).filter(a -> ApplicationAccess.canSee(scope, a))
                .orElseThrow(() -> new BusinessException("application.notFound", id));
    }

    private ApplicationDetail detail(RecognitionApplication app) {
        return details.of(caseFile(app), false);
    }

    /** The application's case file: read once per request. */
    private CaseFile caseFile(RecognitionApplication app) {
        return CaseFile.load(app, attachments, steps);
    }

    private Unit ownUnit(AccessScope scope) {
        Unit unit = (scope.unitId() == null ? java.util.Optional.<Unit>empty() : units.find(scope.unitId()))
                .orElseThrow(() -> new BusinessException("application.noUnit"));
        if (!unit.isConfirmed()) {
            throw new BusinessException("unit.notConfirmed");
        }
        return unit;
    }

    /**
     * The fields of the application's form that the unit's registration decides (lead unit's name, credit code,
     * registered body, and category when the unit has one): the server takes them from the unit, so screens show them
     * read-only.
     */
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<String> registeredUnitFields(long id) {
        // (the center type of a single-type policy is among them: fixed, and hidden by hiddenFields)
        RecognitionApplication app = visible(id);
        return java.util.Set.copyOf(registeredUnitValues(app, workflow.formOf(app, app.getFormCode())).keySet());
    }

    /**
     * The fields of the application's form the screens hide: the center type where the pinned policy has a single
     * one (the server fills it in, plugin API 0.2.5).
     */
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<String> hiddenFields(long id) {
        RecognitionApplication app = visible(id);
        return singleCenterType(app).isPresent() && workflow.formOf(app, app.getFormCode())
                .field(FieldKeys.CENTER_TYPE).isPresent() ? java.util.Set.of(FieldKeys.CENTER_TYPE) : java.util.Set.of();
    }

    /** The pinned policy's center type when it has exactly one. */
    private java.util.Optional<String> singleCenterType(RecognitionApplication app) {
        try {
            List<org.ticportal.policy.api.CenterType> types = providers.read(app.getPin(),
                    p -> p.catalogs().centerTypes());
            return types.size() == 1 ? java.util.Optional.of(types.get(0).code()) : java.util.Optional.empty();
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private Map<String, Object> registeredUnitValues(RecognitionApplication app, FormDefinition form) {
        Unit unit = app.getUnit();
        Map<String, Object> values = new LinkedHashMap<>();
        java.util.function.BiConsumer<String, @Nullable String> put = (key, value) -> {
            if (value != null && form.field(key).isPresent()) {
                values.put(key, value);
            }
        };
        put.accept(FieldKeys.LEAD_UNIT_NAME, unit.getName());
        put.accept(FieldKeys.LEAD_UNIT_CREDIT_CODE, unit.getCreditCode());
        put.accept(FieldKeys.LEAD_UNIT_REGISTERED_BODY, app.getRecommendingBodyCode());
        put.accept(FieldKeys.LEAD_UNIT_CATEGORY, unit.getCategory());
        // a policy with a single center type: the type is no choice (the screens hide the field)
        put.accept(FieldKeys.CENTER_TYPE, singleCenterType(app).orElse(null));
        return values;
    }

    private void storeValues(RecognitionApplication app, Map<String, Object> values) {
        String core = values.get(FieldKeys.CORE_NAME) instanceof String s ? s.strip() : null;
        String full = null;
        if (core != null && !core.isEmpty()) {
            NamingRules naming = providers.read(app.getPin(), p -> p.naming());
            full = PortalHostQueries.normaliseName(naming.fullName(core));
        }
        String type = values.get(FieldKeys.CENTER_TYPE) instanceof String s ? s : null;
        Object director = values.get(FieldKeys.DIRECTOR_ID) != null ? values.get(FieldKeys.DIRECTOR_ID)
                : values.get(FieldKeys.DIRECTOR_NAME);
        String directorKey = director == null ? null : String.valueOf(director).strip().toUpperCase(java.util.Locale.ROOT);
        app.setData(Json.write(values), core == null ? null : truncate(core, 100), full == null ? null
                : truncate(full, 200), type, directorKey == null ? null : truncate(directorKey, 64), clock.instant());
    }

    private static Map<String, String> cleanExplanations(Map<String, String> explanations) {
        Map<String, String> out = new LinkedHashMap<>();
        explanations.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                out.put(truncate(k, 64), truncate(v.strip(), 1000));
            }
        });
        return out;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static void checkVersion(RecognitionApplication app, long expectedVersion) {
        if (app.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("application " + app.getId() + " was changed by someone else");
        }
    }
}

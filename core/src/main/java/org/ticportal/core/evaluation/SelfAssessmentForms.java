package org.ticportal.core.evaluation;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.FileTypes;
import org.ticportal.core.application.Json;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.center.CenterStanding;
import org.ticportal.core.center.CenterStandingRow;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.common.StoredFileInfo;
import org.ticportal.core.form.CurrentForm;
import org.ticportal.core.form.FieldProblem;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormField;
import org.ticportal.core.form.FormService;
import org.ticportal.core.form.FormValidationException;
import org.ticportal.core.form.FormValidator;
import org.ticportal.core.form.FormVersionService;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.policy.api.evaluation.EvaluationScheme;
import org.ticportal.policy.api.evaluation.EvaluationStep;
import org.ticportal.policy.api.evaluation.EvaluationStepKind;
import org.ticportal.policy.api.evaluation.Indicator;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * The self-assessment on the policy's own form (第十四条: the centers are evaluated on what they report), where the
 * procedure's self-assessment step names a form the policy ships ({@code SELF_EVALUATION}): the lead unit fills it in
 * over several sittings (drafts, with files attached to its fields) and files it before the step's deadline, checked
 * against the form as an application is. What the evaluation reads of it: the self-scores of the scheme's indicators
 * ({@link FieldKeys#SELF_EVALUATION_SCORE_PREFIX} + the indicator's code) and the summary
 * ({@link FieldKeys#SELF_EVALUATION_SUMMARY}). Everyone who may see the evaluation reads the form and opens its files.
 */
@Service
public class SelfAssessmentForms {

    /** The fields the portal fills and nobody changes. */
    private static final Set<String> FIXED = Set.of(FieldKeys.SELF_EVALUATION_CENTER_NAME);

    private final EvaluationService evaluations;
    private final EvaluationAccess access;
    private final EvaluationEngine engine;
    private final EvaluationRepository repository;
    private final EvaluationFileRepository files;
    private final EvaluationFiles storage;
    private final CenterStanding centers;
    private final FormService forms;
    private final FormVersionService formVersions;
    private final AuditService audit;
    private final PortalTime time;
    private final EntityManager entities;
    private final TransactionTemplate transactions;

    SelfAssessmentForms(EvaluationService evaluations, EvaluationAccess access, EvaluationEngine engine,
                        EvaluationRepository repository, EvaluationFileRepository files, EvaluationFiles storage,
                        CenterStanding centers, FormService forms, FormVersionService formVersions, AuditService audit,
                        PortalTime time, EntityManager entities, TransactionTemplate transactions) {
        this.evaluations = evaluations;
        this.access = access;
        this.engine = engine;
        this.repository = repository;
        this.files = files;
        this.storage = storage;
        this.centers = centers;
        this.forms = forms;
        this.formVersions = formVersions;
        this.audit = audit;
        this.time = time;
        this.entities = entities;
        this.transactions = transactions;
    }

    /** The form a self-assessment is filled in on, its values (proposed ones before the first save), its policy. */
    public record SelfForm(FormDefinition form, Map<String, Object> values, PolicyPin pin, boolean editable) {

        public SelfForm {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** The fields the portal fills and nobody changes: the center's name. */
    public static Set<String> fixedFields() {
        return FIXED;
    }

    /**
     * The evaluation's self-assessment form, when its procedure's self-assessment step has one the policy ships;
     * empty otherwise (a summary, self-scores and evidence files are filed instead).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT', 'EXPERT')")
    @Transactional(readOnly = true)
    public java.util.Optional<SelfForm> get(long id) {
        Evaluation e = access.visible(id);
        EvaluationStep step = selfStep(e);
        if (step == null || !evaluations.onForm(e, step)) {
            return java.util.Optional.empty();
        }
        boolean editable = evaluations.maySelfAssess(e);
        Map<String, Object> values = e.getSelfValues() != null ? Json.values(e.getSelfValues())
                : editable ? proposed(e, definition(e, step)) : Map.of();
        return java.util.Optional.of(new SelfForm(definition(e, step), values, e.getPin(), editable));
    }

    /** Saves a draft of the user's own unit's self-assessment: checked as far as it goes (nothing required yet). */
    @PreAuthorize("hasAnyRole('ADMIN', 'APPLICANT')")
    @Transactional
    public SelfForm save(long id, long version, Map<String, ?> input) {
        Evaluation e = access.editable(id, version);
        EvaluationStep step = formStep(e);
        CurrentForm current = formVersions.current(e.getPin(), formCode(step));
        e.selfValues(Json.write(checked(e, step, input, false)), current.versionId(), time.now());
        engine.save(e);
        return get(id).orElseThrow();
    }

    /**
     * Files the user's own unit's self-assessment: every required field filled in and every file attached, the
     * self-scores within their indicators' weights, else nothing changes; the evaluation moves to the next step.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'APPLICANT')")
    @Transactional
    public EvaluationViews.Row submit(long id, long version, Map<String, ?> input) {
        Evaluation e = access.editable(id, version);
        EvaluationStep step = formStep(e);
        Map<String, Object> clean = checked(e, step, input, true);
        CurrentForm current = formVersions.current(e.getPin(), formCode(step));
        e.selfValues(Json.write(clean), current.versionId(), time.now());
        EvaluationScheme scheme = engine.scheme(e.getPin());
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (Indicator i : scheme.scoredIndicators()) {
            String key = FieldKeys.SELF_EVALUATION_SCORE_PREFIX + i.code();
            if (clean.get(key) instanceof BigDecimal v) {
                if (v.signum() < 0 || v.compareTo(i.weight()) > 0) {
                    throw new FormValidationException(List.of(new FieldProblem(key, "evaluation.scoreRange",
                            List.of(i.name().zh(), i.weight().toPlainString()), null)));
                }
                scores.put(i.code(), v);
            }
        }
        String summary = clean.get(FieldKeys.SELF_EVALUATION_SUMMARY) instanceof String text && !text.isBlank()
                ? text : definition(e, step).title().zh();
        return evaluations.fileSelfAssessment(e, step, summary, scores);
    }

    /** The files of a field of the form, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT', 'EXPERT')")
    @Transactional(readOnly = true)
    public List<? extends StoredFileInfo> files(long id, String fieldKey) {
        access.visible(id);
        return files.findByEvaluationIdAndFieldKeyAndDeletedAtIsNullOrderByIdAsc(id, fieldKey);
    }

    /** Attaches a file to a field of the user's own unit's open self-assessment; refused at the field if it does not fit. */
    @PreAuthorize("hasAnyRole('ADMIN', 'APPLICANT')")
    public StoredFileInfo upload(long id, String fieldKey, String fileName, InputStream content) {
        FormField field = transactions.execute(tx -> {
            Evaluation e = access.visible(id);
            return attachmentField(e, formStep(e), fieldKey);
        });
        int maxMb = field.maxSizeMb() == null ? AttachmentService.DEFAULT_MAX_SIZE_MB : field.maxSizeMb();
        int maxFiles = field.maxFiles() == null ? 10 : field.maxFiles();
        String original = FileTypes.originalName(fileName);
        EvaluationFiles.Stored stored = storage.store(original, content, time.today(), fieldKey,
                Set.copyOf(field.accept()), maxMb);
        try {
            return transactions.execute(tx -> {
                Evaluation e = access.visible(id);
                formStep(e);
                if (files.findByEvaluationIdAndFieldKeyAndDeletedAtIsNullOrderByIdAsc(id, fieldKey).size()
                        >= maxFiles) {
                    throw BusinessException.onField(fieldKey, "attachment.tooMany", maxFiles);
                }
                touch(e);
                EvaluationFile f = files.save(EvaluationFile.ofField(id, fieldKey, original, stored.path(),
                        stored.sha256(), stored.size(), time.now(), AuditService.currentActor()));
                audit.record(AuditSubject.EVALUATION, Long.toString(id), AuditAction.ATTACHED, null, fieldKey,
                        original + " (" + stored.size() + " bytes, sha256 " + stored.sha256() + ")");
                return f;
            });
        } catch (RuntimeException ex) {
            storage.discard(stored.path());
            throw ex;
        }
    }

    /** Removes a file from the user's own unit's open self-assessment (kept for the history). */
    @PreAuthorize("hasAnyRole('ADMIN', 'APPLICANT')")
    @Transactional
    public void remove(long fileId) {
        EvaluationFile f = files.findById(fileId).filter(x -> !x.isDeleted() && x.getFieldKey() != null)
                .orElseThrow(() -> new BusinessException("attachment.notFound", fileId));
        Evaluation e = access.visible(f.getEvaluationId());
        formStep(e);
        f.delete(time.now(), AuditService.currentActor());
        touch(e);
        audit.record(AuditSubject.EVALUATION, Long.toString(e.getId()), AuditAction.DETACHED, f.getFieldKey(), null,
                f.getFileName());
    }

    /** Opens a file of a self-assessment the user may see. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT', 'EXPERT')")
    @Transactional(readOnly = true)
    public AttachmentService.Download open(long fileId) {
        EvaluationFile f = files.findById(fileId)
                .orElseThrow(() -> new BusinessException("attachment.notFound", fileId));
        access.visible(f.getEvaluationId());
        Path path = storage.open(f.getStored());
        if (path == null) {
            throw new BusinessException("attachment.notFound", fileId);
        }
        String type = f.getFileName().contains(".")
                ? f.getFileName().substring(f.getFileName().lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT)
                : "";
        return new AttachmentService.Download(f.getFileName(), FileTypes.mediaType(type), f.getSize(), path);
    }

    // ------------------------------------------------------------------------------------------------ internals

    /** The procedure's self-assessment step (the first of its kind), or null when it has none. */
    private @Nullable EvaluationStep selfStep(Evaluation e) {
        return engine.scheme(e.getPin()).procedure().steps().stream()
                .filter(s -> s.kind() == EvaluationStepKind.SELF_ASSESSMENT).findFirst().orElse(null);
    }

    /** The current step, the user's unit's self-assessment on a form; refused otherwise. */
    private EvaluationStep formStep(Evaluation e) {
        EvaluationStep step = evaluations.selfAssessing(e);
        if (!evaluations.onForm(e, step)) {
            throw new BusinessException("evaluation.noForm");
        }
        return step;
    }

    private static String formCode(EvaluationStep step) {
        return java.util.Objects.requireNonNull(step.formCode());
    }

    private FormDefinition definition(Evaluation e, EvaluationStep step) {
        return formVersions.definition(e.getPin(), formCode(step), e.getSelfFormVersionId());
    }

    private FormField attachmentField(Evaluation e, EvaluationStep step, String fieldKey) {
        return definition(e, step).field(fieldKey).filter(f -> f.type() == FieldType.ATTACHMENT)
                .orElseThrow(() -> BusinessException.onField(fieldKey, "attachment.noSuchField", fieldKey));
    }

    /** What the portal proposes before the first save: the center, its lead unit and supervising body, the period. */
    private Map<String, Object> proposed(Evaluation e, FormDefinition form) {
        CenterStandingRow center = centers.standing(e.getCenterId());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(FieldKeys.SELF_EVALUATION_CENTER_NAME, e.getCenterName());
        values.put(FieldKeys.SELF_EVALUATION_LEAD_UNIT_NAME, e.getLeadUnitName());
        values.put(FieldKeys.SELF_EVALUATION_SUPERVISING_BODY, e.getRecommendingBodyCode());
        LocalDate from = center.lastEvaluatedOn() != null ? center.lastEvaluatedOn() : center.recognizedOn();
        values.put(FieldKeys.SELF_EVALUATION_PERIOD_START, from);
        values.put(FieldKeys.SELF_EVALUATION_PERIOD_END, time.today());
        return FormValidator.clean(form, values);
    }

    /** The values to store: cleaned, the fixed fields kept, the files as attached; refused with every problem. */
    private Map<String, Object> checked(Evaluation e, EvaluationStep step, Map<String, ?> input, boolean complete) {
        FormDefinition form = definition(e, step);
        Map<String, Object> stored = e.getSelfValues() == null ? proposed(e, form) : Json.values(e.getSelfValues());
        Map<String, Object> values = new LinkedHashMap<>(input);
        FIXED.forEach(key -> {
            if (stored.containsKey(key)) {
                values.put(key, stored.get(key));
            }
        });
        for (FormField f : form.fields().toList()) {
            if (f.type() == FieldType.ATTACHMENT) {
                List<String> ids = files.findByEvaluationIdAndFieldKeyAndDeletedAtIsNullOrderByIdAsc(e.getId(),
                        f.key()).stream().map(x -> x.getId().toString()).toList();
                values.put(f.key(), ids.isEmpty() ? null : ids);
            }
        }
        Map<String, Object> clean = FormValidator.clean(form, values);
        List<FieldProblem> problems = FormValidator.check(form, clean,
                FormValidator.keeping(forms.choices(e.getPin()), form, stored), complete);
        if (!problems.isEmpty()) {
            throw new FormValidationException(problems);
        }
        return clean;
    }

    /** A file changes the evaluation: its version moves, so a save from a screen that did not see the file is refused. */
    private void touch(Evaluation e) {
        entities.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        repository.saveAndFlush(e);
    }
}

package org.ticportal.core.center;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.ticportal.core.application.ApplicationStepTaken;
import org.ticportal.core.application.RecognisedCase;
import org.ticportal.core.application.RecognisedCases;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.catalog.CatalogCodes;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.form.FormService;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.NamingRules;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * Creates the center when an application enters a stage of kind {@link StageKind#RECOGNIZED} (art. 9(3) of the Xinzhou
 * measures: 认定并统一命名). It reacts to {@link ApplicationStepTaken} inside the step's transaction, so that the step
 * and the center succeed or fail together: a name that a center already holds (revoked ones included) refuses the
 * step ({@code center.nameTaken}). The center is named by the pinned policy's naming rule, numbered from the year's
 * sequence, given its decision and certificate, and recorded in the audit trail.
 */
@Component
class CenterRecognizer {

    private final RecognisedCases cases;
    private final CenterRepository centers;
    private final CenterNumbers numbers;
    private final CenterDocuments documents;
    private final PolicyProviders providers;
    private final FormService forms;
    private final AuditService audit;
    private final PortalTime time;

    CenterRecognizer(RecognisedCases cases, CenterRepository centers, CenterNumbers numbers,
                     CenterDocuments documents, PolicyProviders providers, FormService forms, AuditService audit,
                     PortalTime time) {
        this.cases = cases;
        this.centers = centers;
        this.numbers = numbers;
        this.documents = documents;
        this.providers = providers;
        this.forms = forms;
        this.audit = audit;
        this.time = time;
    }

    @EventListener
    void onStep(ApplicationStepTaken step) {
        if (step.toStage().equals(step.fromStage())) {
            return;
        }
        RecognisedCase app = cases.of(step.applicationId()).orElse(null);
        if (app == null || app.stageKind() != StageKind.RECOGNIZED
                || centers.findByApplicationId(app.applicationId()).isPresent()) {
            return;
        }
        CenterDraft draft = draft(app, time.today());
        if (centers.existsByName(draft.name())) {
            throw new BusinessException("center.nameTaken", draft.name());
        }
        CenterNumber number = numbers.next(app.jurisdictionCode(), draft.recognizedOn().getYear());
        Center center = new Center(draft, number, time.now(), AuditService.currentActor());
        try {
            centers.saveAndFlush(center);
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("center.nameTaken", draft.name());
        }
        documents.write(center, app.noticeStart(), app.noticeEnd());
        centers.saveAndFlush(center);
        audit.record(AuditSubject.CENTER, center.getId().toString(), "CENTER_RECOGNIZED", null,
                center.getName() + " / " + center.getDecisionNumber(), app.referenceNo());
    }

    private CenterDraft draft(RecognisedCase app, LocalDate today) {
        NamingRules naming = providers.read(app.pin(), p -> p.naming());
        String core = app.coreName() == null ? text(app.values(), FieldKeys.CORE_NAME) : app.coreName();
        if (core == null || core.isBlank()) {
            throw new BusinessException("center.noName", app.referenceNo());
        }
        String name = blankless(naming.fullName(core));
        String type = text(app.values(), FieldKeys.CENTER_TYPE);
        String cluster = text(app.values(), FieldKeys.INDUSTRY_CLUSTER);
        return new CenterDraft(app.applicationId(), name, core.strip(), app.pin(), app.jurisdictionCode(),
                app.recommendingBodyCode(), app.unitId(), app.unitName(), type,
                label(app, CatalogCodes.CENTER_TYPES, type), cluster, label(app, CatalogCodes.INDUSTRY_CLUSTERS, cluster),
                coBuilders(app.values().get(FieldKeys.CO_BUILDERS)), today);
    }

    private @Nullable LocalizedText label(RecognisedCase app, String catalog, @Nullable String code) {
        if (code == null) {
            return null;
        }
        LocalizedText name = forms.catalogLabels(app.pin(), catalog).get(code);
        return name == null ? new LocalizedText(code, code) : name;
    }

    /** The co-builders' names from the form's table (rows with a {@code name}). */
    static List<String> coBuilders(@Nullable Object table) {
        List<String> names = new ArrayList<>();
        if (table instanceof List<?> rows) {
            for (Object row : rows) {
                if (row instanceof Map<?, ?> m && m.get("name") instanceof String n && !n.isBlank()) {
                    names.add(n.strip());
                }
            }
        }
        return names;
    }

    private static @Nullable String text(Map<String, Object> values, String key) {
        return values.get(key) instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    /** A center name as stored and compared: without blanks of any width. */
    static String blankless(String name) {
        return name.replaceAll("[\\s\\u3000]+", "");
    }
}

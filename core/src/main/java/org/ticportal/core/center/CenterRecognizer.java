package org.ticportal.core.center;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.ticportal.core.audit.AuditAction;
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
import org.ticportal.policy.api.Catalog;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.NamingRules;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * Creates the center when an application enters a stage of kind {@link StageKind#RECOGNIZED} (art. 9(3) of the Xinzhou
 * measures: 认定并统一命名), or {@link StageKind#PROVISIONAL}: then the center is provisional until an evaluation
 * confirms it. It reacts to {@link ApplicationStepTaken} inside the step's transaction, so that the step
 * and the center succeed or fail together: a name that a center already holds (revoked ones included) refuses the
 * step ({@code center.nameTaken}). The center is named by the pinned policy's naming rule, numbered from the year's
 * sequence, given its decision and certificate, and recorded in the audit trail.
 */
@Component
class CenterRecognizer {

    private final RecognisedCases cases;
    private final CenterRepository centers;
    private final CenterProfileRepository profiles;
    private final CenterNumbers numbers;
    private final CenterDocuments documents;
    private final PolicyProviders providers;
    private final FormService forms;
    private final AuditService audit;
    private final PortalTime time;
    private final org.springframework.context.ApplicationEventPublisher events;

    CenterRecognizer(RecognisedCases cases, CenterRepository centers, CenterProfileRepository profiles,
                     CenterNumbers numbers,
                     CenterDocuments documents, PolicyProviders providers, FormService forms, AuditService audit,
                     PortalTime time, org.springframework.context.ApplicationEventPublisher events) {
        this.cases = cases;
        this.centers = centers;
        this.profiles = profiles;
        this.numbers = numbers;
        this.documents = documents;
        this.providers = providers;
        this.forms = forms;
        this.audit = audit;
        this.time = time;
        this.events = events;
    }

    @EventListener
    void onStep(ApplicationStepTaken step) {
        if (step.toStage().equals(step.fromStage())) {
            return;
        }
        RecognisedCase app = cases.of(step.applicationId()).orElse(null);
        if (app == null || app.stageKind() != StageKind.RECOGNIZED && app.stageKind() != StageKind.PROVISIONAL
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
        boolean comprehensive = draft.typeCode() != null && providers.read(app.pin(), p -> p.catalogs()
                .centerType(draft.typeCode()).map(t -> t.hasSpecialisedInstitutes()).orElse(false));
        Governance governance = governanceOf(app.values(), cases.latestFile(app.applicationId(), FieldKeys.CHARTER)
                .map(f -> Map.entry(f.getKey(), time.local(f.getValue()).toLocalDate())).orElse(null));
        Map<String, LocalizedText> serviceNames = forms.catalogLabels(app.pin(), Catalog.PUBLIC_SERVICES);
        CenterProfileDraft profile = profileOf(draft, app.values()).with(
                institutes(app.values().get(FieldKeys.INSTITUTES), comprehensive ? draft.leadUnitName() : null),
                governance, services(app.values().get(FieldKeys.PUBLIC_SERVICES), serviceNames));
        profiles.saveAndFlush(new CenterProfile(center.getId(), 1, profile, null, time.now(),
                AuditService.currentActor()));
        center.profile(1, profile);
        centers.saveAndFlush(center);
        audit.record(AuditSubject.CENTER, center.getId().toString(), AuditAction.CENTER_RECOGNIZED, null,
                center.getName() + " / " + center.getDecisionNumber(), app.referenceNo());
        events.publishEvent(new CenterRecognized(center.getId(), app.applicationId(), center.getName(),
                center.getRecognizedOn()));
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
                coBuilders(app.values().get(FieldKeys.CO_BUILDERS)), today,
                app.stageKind() == StageKind.PROVISIONAL);
    }

    /**
     * Version 1 of the center's profile (arts. 10–13 of the Xinzhou measures) from what the application says: type,
     * lead unit, cluster and supervising body as the center has them; the co-builders with their mode (a
     * {@code CO_BUILDING_MODES} code) and contribution; the legal form (a {@code LEGAL_FORMS} code, or the
     * independent-legal-person answer); the director; the research directions (a table of {@code direction}s, a list or
     * a text). What the form does not ask stays empty; an internal unit's transition date is not asked by any form yet.
     * The institutes, governance and public services are added by {@link #institutes}, {@link #governanceOf} and
     * {@link #services}.
     */
    static CenterProfileDraft profileOf(CenterDraft d, Map<String, Object> values) {
        LegalForm legalForm = LegalForm.ofCode(values.get(FieldKeys.LEAD_UNIT_LEGAL_FORM));
        if (legalForm == null && values.get(FieldKeys.LEAD_UNIT_INDEPENDENT) instanceof Boolean independent) {
            legalForm = independent ? LegalForm.INDEPENDENT_LEGAL_ENTITY : LegalForm.INTERNAL_UNIT;
        }
        return new CenterProfileDraft(d.recognizedOn(), d.typeCode(), d.typeName(), d.unitId(), d.leadUnitName(),
                coBuilderRows(values.get(FieldKeys.CO_BUILDERS)), legalForm, null,
                text(values, FieldKeys.DIRECTOR_NAME), directions(values.get(FieldKeys.RESEARCH_DIRECTIONS)),
                d.clusterCode(), d.clusterName(), d.recommendingBodyCode());
    }

    /**
     * The institutes of a comprehensive center (arts. 6–7): its headquarters first (named by the lead unit, given
     * when the type has specialised institutes), then the form's table rows with a {@code name}, a {@code location}
     * and a {@code field}; a name listed twice is taken once.
     */
    static List<Institute> institutes(@Nullable Object table, @Nullable String headquarters) {
        List<Institute> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (headquarters != null) {
            out.add(new Institute(headquarters, null, null, true));
            seen.add(headquarters.strip());
        }
        if (table instanceof List<?> rows) {
            for (Object row : rows) {
                if (row instanceof Map<?, ?> m && m.get("name") instanceof String n && !n.isBlank()
                        && seen.add(n.strip())) {
                    out.add(new Institute(n, m.get("location") instanceof String l ? l : null,
                            m.get("field") instanceof String f ? f : null, false));
                }
            }
        }
        return out;
    }

    /** The public services offered (art. 13): the form's codes, named from the policy's catalog. */
    static List<PublicService> services(@Nullable Object value, Map<String, LocalizedText> names) {
        List<PublicService> out = new ArrayList<>();
        if (value instanceof List<?> codes) {
            for (Object code : codes) {
                if (code instanceof String c && !c.isBlank()
                        && out.stream().noneMatch(s -> s.code().equals(c.strip()))) {
                    LocalizedText name = names.get(c.strip());
                    out.add(new PublicService(c.strip(), name == null ? null : name.zh(),
                            name == null ? null : name.en()));
                }
            }
        }
        return out;
    }

    /**
     * The governance (art. 11) the form states: the description of the internal governance mechanism and the charter's
     * file (name and upload day); the board and the expert committee are not asked by any form yet.
     */
    static Governance governanceOf(Map<String, Object> values, Map.@Nullable Entry<String, LocalDate> charter) {
        String description = text(values, FieldKeys.GOVERNANCE_DESCRIPTION);
        if (description != null && description.length() > 3000) {
            description = description.substring(0, 3000);
        }
        String charterName = charter == null ? null : charter.getKey();
        if (charterName != null && charterName.length() > 255) {
            charterName = charterName.substring(0, 255);
        }
        return new Governance(description, null, null, null, null, charterName,
                charter == null ? null : charter.getValue());
    }

    /** The co-builders from the form's table: rows with a {@code name}, a {@code mode} and a {@code contribution}. */
    static List<CoBuilder> coBuilderRows(@Nullable Object table) {
        List<CoBuilder> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (table instanceof List<?> rows) {
            for (Object row : rows) {
                if (row instanceof Map<?, ?> m && m.get("name") instanceof String n && !n.isBlank()
                        && seen.add(n.strip())) {
                    Object c = m.get("contribution");
                    String contribution = c instanceof java.math.BigDecimal b ? b.stripTrailingZeros().toPlainString()
                            : c == null ? null : c.toString();
                    out.add(new CoBuilder(n, CoBuildingMode.ofCode(m.get("mode")), contribution));
                }
            }
        }
        return out;
    }

    /** The research directions: a table's {@code direction}s, a list of texts or codes, or one text. */
    static List<String> directions(@Nullable Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> m && m.get("direction") instanceof String s && !s.isBlank()) {
                    out.add(s.strip());
                } else if (item instanceof String s && !s.isBlank()) {
                    out.add(s.strip());
                }
            }
        } else if (value instanceof String s && !s.isBlank()) {
            out.add(s.strip());
        }
        return out;
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

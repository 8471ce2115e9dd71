package org.ticportal.core.form;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ticportal.core.catalog.CatalogCodes;
import org.ticportal.core.catalog.CatalogService;
import org.ticportal.core.catalog.CatalogsInForce;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.policy.api.Catalog;
import org.ticportal.policy.api.DocumentTemplate;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Guard;
import org.ticportal.policy.api.procedure.GuardKind;
import org.ticportal.policy.api.procedure.Transition;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.rule.EvidenceType;

/**
 * The forms a policy ships, read from the plugin of the version a case is pinned to, and checked. Parsed forms are
 * kept per plugin version: a version's resources never change.
 */
@Service
public class FormService {

    private final PolicyProviders providers;
    private final CatalogService catalogs;
    private final Map<String, FormDefinition> cache = new ConcurrentHashMap<>();

    FormService(PolicyProviders providers, CatalogService catalogs) {
        this.providers = providers;
        this.catalogs = catalogs;
    }

    /** A form of the pinned policy by code, e.g. {@link DocumentTemplate#APPLICATION_FORM}. */
    @PreAuthorize("isAuthenticated()")
    public FormDefinition form(PolicyPin pin, String code) {
        String key = pin.pluginId() + "@" + pin.pluginVersion() + "/" + pin.policyId() + "/" + code;
        FormDefinition cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] json = providers.read(pin, p -> {
            DocumentTemplate doc = p.documents().stream()
                    .filter(d -> d.kind() == DocumentTemplate.Kind.FORM && d.code().equals(code)).findFirst()
                    .orElseThrow(() -> new BusinessException("form.missing", code, pin.toString()));
            try (InputStream in = p.getClass().getClassLoader().getResourceAsStream(doc.resource())) {
                if (in == null) {
                    throw new BusinessException("form.missing", code, pin.toString());
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            FormDefinition form = FormReader.read(new ByteArrayInputStream(json));
            cache.put(key, form);
            return form;
        } catch (InvalidFormDefinitionException e) {
            throw new BusinessException("form.invalidDefinition", code, pin.toString(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the pinned policy ships a form with this code. */
    @PreAuthorize("isAuthenticated()")
    public boolean hasForm(PolicyPin pin, String code) {
        return providers.read(pin, p -> p.documents().stream()
                .anyMatch(d -> d.kind() == DocumentTemplate.Kind.FORM && d.code().equals(code)));
    }

    /**
     * The codes each catalog allows new values to choose under the pinned policy, for validating choices: the entries
     * in force less the retired ones ({@link CatalogsInForce#selectable}); {@code null} for a catalog the policy does not
     * have (the form definition's checks name it).
     */
    @PreAuthorize("isAuthenticated()")
    public FormValidator.Choices choices(PolicyPin pin) {
        CatalogsInForce inForce = catalogs.inForce(pin);
        return catalog -> inForce.selectable(catalog).orElse(null);
    }

    /**
     * The choices a catalog offers under the pinned policy, in the policy's order followed by the entries
     * administrators added, with their names in force; empty for an unknown catalog. Retired entries stay, their names
     * marked, so that records holding them stay readable; new values may not choose them ({@link #choices}).
     */
    @PreAuthorize("isAuthenticated()")
    public Map<String, LocalizedText> catalogLabels(PolicyPin pin, String catalog) {
        return catalogs.inForce(pin).labels(catalog);
    }

    /**
     * The codes of a catalog that are retired under the pinned policy: still named on the records that hold them, no
     * longer offered for new values.
     */
    @PreAuthorize("isAuthenticated()")
    public Set<String> retiredCodes(PolicyPin pin, String catalog) {
        return catalogs.inForce(pin).retired(catalog);
    }

    /**
     * What does not fit between the pinned policy's rules, procedure and forms: a rule reading a field no form has, an
     * evidence code without an attachment field, a step naming a form the policy does not ship.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<String> consistencyProblems(PolicyPin pin) {
        record Needs(List<String> ruleFields, List<String> evidence, List<String> stepForms) {
        }
        Needs needs = providers.read(pin, p -> {
            List<String> fields = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            for (EligibilityRule r : p.eligibilityRules()) {
                r.fieldKeys().forEach(k -> fields.add(r.id() + "(" + r.article() + "):" + k));
                r.evidence().stream().filter(EvidenceType::required).forEach(e -> evidence.add(e.code()));
            }
            List<String> forms = new ArrayList<>();
            for (Transition t : p.procedure().transitions()) {
                if (!t.form().isEmpty()) {
                    forms.add(t.form());
                }
                t.guards().stream().filter(g -> g.kind() == GuardKind.EVIDENCE_PRESENT).map(Guard::reference)
                        .forEach(evidence::add);
            }
            return new Needs(fields, evidence, forms);
        });
        List<String> problems = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        Set<String> evidenceFields = new LinkedHashSet<>();
        Optional<FormDefinition> application = optionalForm(pin, DocumentTemplate.APPLICATION_FORM, problems);
        application.ifPresent(f -> {
            keys.addAll(f.keys());
            evidenceFields.addAll(f.evidenceCodes());
        });
        for (String code : new LinkedHashSet<>(needs.stepForms())) {
            optionalForm(pin, code, problems).ifPresent(f -> {
                keys.addAll(f.keys());
                evidenceFields.addAll(f.evidenceCodes());
            });
        }
        for (String need : needs.ruleFields()) {
            String key = need.substring(need.lastIndexOf(':') + 1);
            if (!keys.contains(key)) {
                problems.add("rule " + need.substring(0, need.lastIndexOf(':')) + " reads field '" + key
                        + "', which no form of the policy has");
            }
        }
        for (String code : new LinkedHashSet<>(needs.evidence())) {
            if (!evidenceFields.contains(code)) {
                problems.add("evidence " + code + " has no attachment field");
            }
        }
        return problems;
    }

    private Optional<FormDefinition> optionalForm(PolicyPin pin, String code, List<String> problems) {
        try {
            return Optional.of(form(pin, code));
        } catch (BusinessException e) {
            problems.add("form " + code + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Unused catalogs of a policy are fine; this names the well-known ones for the designer. */
    public static List<String> wellKnownCatalogs() {
        return List.of(CatalogCodes.CENTER_TYPES, CatalogCodes.INDUSTRY_CLUSTERS, CatalogCodes.RECOMMENDING_BODIES,
                Catalog.LEGAL_FORMS, Catalog.CO_BUILDING_MODES, Catalog.PUBLIC_SERVICES, Catalog.UNIT_CATEGORIES,
                Catalog.TITLE_LEVELS, Catalog.IP_KINDS);
    }
}

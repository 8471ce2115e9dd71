package org.ticportal.core.form;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.policy.api.DocumentTemplate;
import org.ticportal.policy.api.procedure.Guard;
import org.ticportal.policy.api.procedure.GuardKind;
import org.ticportal.policy.api.procedure.Transition;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.rule.EvidenceType;

/**
 * Versions of a policy's forms, as they are read. The form a policy plugin ships is the default; once an administrator
 * publishes a version ({@link FormDraftService}), new cases are filled in on it, while every case keeps the version it
 * was started on: a published version never changes. For the designer: the forms with the version in use and any
 * draft, the versions, their definitions and history, and what keeps a draft from publication.
 *
 * <p>A version is refused for publication while its definition has problems, or when it drops a field or attachment
 * that a rule or step of the policy reads, or changes such a field's type; the refusal names the rule and article.
 * It is checked against the running plugin version and serves the cases pinned to that version: after a plugin
 * upgrade, new cases use the new plugin's form until an administrator publishes a version for it (a new draft
 * starts from the last published one).
 */
@Service
// only reads: a lookup that fails (a form the plugin does not ship, a version not found) leaves the caller's
// transaction as it was; the workflow reads other steps' forms inside its read-write transaction, goes on without one
// it cannot read and must still commit (FormVersionServiceIT)
@Transactional(readOnly = true, noRollbackFor = RuntimeException.class)
public class FormVersionService {

    private final FormVersionRepository versions;
    private final FormService forms;
    private final PolicyProviders providers;
    private final AuditService audit;
    /** Published definitions by version id: they never change. */
    private final Map<Long, FormDefinition> published = new ConcurrentHashMap<>();
    private final Map<Long, String> publishedPolicy = new ConcurrentHashMap<>();

    FormVersionService(FormVersionRepository versions, FormService forms, PolicyProviders providers,
                       AuditService audit) {
        this.versions = versions;
        this.forms = forms;
        this.providers = providers;
        this.audit = audit;
    }

    /**
     * The form a case pinned to this policy and plugin version is filled in on now: the latest version published for
     * that plugin version (checked against its rules), else the form that plugin version ships.
     */
    @PreAuthorize("isAuthenticated()")
    public CurrentForm current(PolicyPin pin, String formCode) {
        return publishedFor(pin.policyId(), formCode, pin.pluginVersion())
                .map(v -> new CurrentForm(definition(v), v.getId(), v.getNumber()))
                .orElseGet(() -> new CurrentForm(forms.form(pin, formCode), null, 0));
    }

    private Optional<FormVersion> publishedFor(String policyId, String formCode, String pluginVersion) {
        return versions.findFirstByPolicyIdAndFormCodeAndStatusAndPluginVersionOrderByNumberDesc(policyId, formCode,
                FormVersion.Status.PUBLISHED, pluginVersion);
    }

    /**
     * The form a case was filled in on: the published version it names, or the form its pinned plugin version ships.
     */
    @PreAuthorize("isAuthenticated()")
    public FormDefinition definition(PolicyPin pin, String formCode, @Nullable Long versionId) {
        if (versionId == null) {
            return forms.form(pin, formCode);
        }
        FormDefinition cached = published.get(versionId);
        if (cached != null && cached.code().equals(formCode) && pin.policyId().equals(publishedPolicy.get(versionId))) {
            return cached;
        }
        FormVersion v = versions.findById(versionId)
                .filter(x -> x.getPolicyId().equals(pin.policyId()) && x.getFormCode().equals(formCode)
                        && x.getStatus() == FormVersion.Status.PUBLISHED)
                .orElseThrow(() -> new BusinessException("formVersion.notFound", versionId));
        return definition(v);
    }

    /** The version number of a published version, 0 for the shipped form. */
    @PreAuthorize("isAuthenticated()")
    public int number(@Nullable Long versionId) {
        return versionId == null ? 0 : versions.findById(versionId).map(FormVersion::getNumber).orElse(0);
    }

    /** The forms a policy's running plugin ships, with the version in use and any draft. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<FormOverview> overview(String policyId) {
        StartedPolicy policy = started(policyId);
        List<DocumentTemplate> shipped = providers.read(policy.pin(), p -> p.documents().stream()
                .filter(d -> d.kind() == DocumentTemplate.Kind.FORM).toList());
        List<FormOverview> out = new ArrayList<>();
        for (DocumentTemplate d : shipped) {
            Optional<FormVersion> current = publishedFor(policyId, d.code(), policy.pin().pluginVersion());
            Optional<FormVersion> draft = versions.findFirstByPolicyIdAndFormCodeAndStatusOrderByNumberDesc(
                    policyId, d.code(), FormVersion.Status.DRAFT);
            out.add(new FormOverview(d.code(), d.name(), policy.pin().pluginId() + "@" + policy.pin().pluginVersion(),
                    current.map(FormVersion::getNumber).orElse(0), current.map(FormVersion::getPublishedAt)
                    .orElse(null), draft.map(FormVersion::getId).orElse(null)));
        }
        return out;
    }

    /** A policy form's versions, newest first unless the page request sorts otherwise. */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<FormVersion> versions(String policyId, String formCode, Pageable pageable) {
        return versions.findByPolicyIdAndFormCode(policyId, formCode, pageable);
    }

    /** A version (draft or published) with its definition as stored, for the designer. */
    @PreAuthorize("hasRole('ADMIN')")
    public FormVersion get(long versionId) {
        return versions.findById(versionId).orElseThrow(() -> new BusinessException("formVersion.notFound",
                versionId));
    }

    /** A version's definition, also while it is a draft (which may still have problems). */
    @PreAuthorize("hasRole('ADMIN')")
    public FormDefinition draftDefinition(long versionId) {
        return FormReader.parse(get(versionId).getDefinitionJson().getBytes(StandardCharsets.UTF_8));
    }

    /** A version's definition as a JSON file in the format policies ship forms in. */
    @PreAuthorize("hasRole('ADMIN')")
    public byte[] export(long versionId) {
        return get(versionId).getDefinitionJson().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What keeps a draft from being published: problems of the definition, and fields, columns or attachments that
     * the policy's rules and steps read but the forms would no longer have (or would have with another type).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<PublishProblem> problems(long versionId) {
        FormVersion v = get(versionId);
        FormDefinition definition;
        try {
            definition = FormReader.parse(v.getDefinitionJson().getBytes(StandardCharsets.UTF_8));
        } catch (InvalidFormDefinitionException e) {
            return e.getProblems().stream().map(p -> PublishProblem.of("formVersion.definition", p)).toList();
        }
        return problems(v.getPolicyId(), definition);
    }

    /** The same for a definition not saved yet (the designer's live check). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<PublishProblem> problems(String policyId, FormDefinition definition) {
        List<PublishProblem> problems = new ArrayList<>();
        FormReader.definitionProblems(definition).forEach(p -> problems.add(new PublishProblem(p.messageKey(),
                p.arguments())));
        StartedPolicy policy = started(policyId);
        for (FormField f : definition.fields().toList()) {
            for (FormField x : java.util.stream.Stream.concat(java.util.stream.Stream.of(f), f.columns().stream())
                    .toList()) {
                String catalog = x.type() == FieldType.PERSON ? x.titleCatalog()
                        : (x.type() == FieldType.CHOICE || x.type() == FieldType.MULTI_CHOICE) && x.options().isEmpty()
                        ? x.catalog() : null;
                if (catalog != null && !catalog.isBlank() && forms.catalogLabels(policy.pin(), catalog).isEmpty()) {
                    problems.add(PublishProblem.of("formVersion.unknownCatalog", x == f ? f.key()
                            : f.key() + "." + x.key(), catalog));
                }
            }
        }
        // what the policy's other forms offer, as they are in use now
        Map<String, FormDefinition> formsNow = new LinkedHashMap<>();
        for (String code : readableForms(policy.pin())) {
            formsNow.put(code, code.equals(definition.code()) ? definition : current(policy.pin(), code).definition());
        }
        if (!formsNow.containsKey(definition.code())) {
            return problems; // a form no rule reads from (e.g. an annual report)
        }
        Set<String> keys = new LinkedHashSet<>();
        Set<String> evidence = new LinkedHashSet<>();
        formsNow.values().forEach(f -> {
            keys.addAll(f.keys());
            evidence.addAll(f.evidenceCodes());
        });
        FormDefinition shipped = forms.form(policy.pin(), definition.code());
        for (FieldUse use : uses(policyId)) {
            if (use.evidence()) {
                if (!evidence.contains(use.key())) {
                    problems.add(PublishProblem.of("formVersion.ruleEvidence", use.by(), use.article(), use.key()));
                }
            } else if (!keys.contains(use.key())) {
                problems.add(PublishProblem.of("formVersion.ruleField", use.by(), use.article(), use.key()));
            } else {
                Optional<FieldType> before = shipped.typeOf(use.key());
                Optional<FieldType> after = definition.typeOf(use.key());
                if (before.isPresent() && after.isPresent() && before.get() != after.get()) {
                    problems.add(PublishProblem.of("formVersion.ruleFieldType", use.by(), use.article(), use.key(),
                            before.get().name()));
                }
            }
        }
        return problems;
    }

    /** Which rules and steps of the policy read which field or attachment evidence. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<FieldUse> uses(String policyId) {
        StartedPolicy policy = started(policyId);
        return providers.read(policy.pin(), p -> {
            List<FieldUse> uses = new ArrayList<>();
            for (EligibilityRule r : p.eligibilityRules()) {
                r.fieldKeys().forEach(k -> uses.add(new FieldUse(k, false, r.id(), r.title(), r.article())));
                r.evidence().stream().filter(EvidenceType::required).forEach(e -> uses.add(
                        new FieldUse(e.code(), true, r.id(), r.title(), r.article())));
            }
            for (Transition t : p.procedure().transitions()) {
                for (Guard g : t.guards()) {
                    if (g.kind() == GuardKind.EVIDENCE_PRESENT) {
                        uses.add(new FieldUse(g.reference(), true, t.code(), t.name(), g.article()));
                    } else if (g.kind() == GuardKind.FIELD_PRESENT) {
                        uses.add(new FieldUse(g.reference(), false, t.code(), t.name(), g.article()));
                    }
                }
            }
            return uses;
        });
    }

    /** The history of a policy form's versions (drafted, imported, published). */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<org.ticportal.core.audit.AuditEvent> history(String policyId, String formCode, Pageable pageable) {
        return audit.history(AuditSubject.FORM, policyId + "/" + formCode, pageable);
    }

    /** The application form and the step forms: the forms whose values rules and guards read. */
    private List<String> readableForms(PolicyPin pin) {
        return providers.read(pin, p -> {
            Set<String> codes = new LinkedHashSet<>();
            codes.add(DocumentTemplate.APPLICATION_FORM);
            p.procedure().transitions().stream().map(Transition::form).filter(f -> !f.isEmpty()).forEach(codes::add);
            return List.copyOf(codes);
        });
    }

    private StartedPolicy started(String policyId) {
        return started(providers, policyId);
    }

    /** The running plugin of a policy; refused when the policy is not running. */
    static StartedPolicy started(PolicyProviders providers, String policyId) {
        return providers.current(policyId).orElseThrow(() -> new BusinessException("formVersion.policyNotRunning",
                policyId));
    }

    private FormDefinition definition(FormVersion v) {
        FormDefinition d = FormReader.parse(v.getDefinitionJson().getBytes(StandardCharsets.UTF_8));
        if (v.getStatus() == FormVersion.Status.PUBLISHED) {
            published.put(v.getId(), d);
            publishedPolicy.put(v.getId(), v.getPolicyId());
        }
        return d;
    }

    @SuppressWarnings("unused")
    private static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}

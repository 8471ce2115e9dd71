package org.ticportal.core.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationForms;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.plugin.PluginAdminService;
import org.ticportal.core.plugin.PluginCandidate;
import org.ticportal.core.plugin.TestPluginBuilder;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;

/**
 * An administrator adapts a policy's application form on real MariaDB: a draft from the shipped form, a conditional
 * field added and published; applicants see it on new applications and cannot save or submit it invalid, even by a
 * request that skips the browser; an application started before keeps the form it was started on until its applicant
 * moves it; a draft that drops a field a rule reads is refused naming the rule and article; published versions never
 * change.
 */
@IntegrationTest
class FormVersionServiceIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    private static final String POLICY = "formcity";
    private static final String JURISDICTION = "990300";

    @Autowired
    FormVersionService versions;
    @Autowired
    FormDraftService drafts;
    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationForms applicationForms;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    PluginAdminService plugins;

    private String applicant;
    private String creditCode;

    @BeforeEach
    void people() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        creditCode = TemplateSamples.creditCode(suffix);
        Unit unit = units.save(new Unit("表单测试公司" + suffix, creditCode, "990101", Instant.now()));
        applicant = as("root", Role.ADMIN, () -> users.create(new UserDraft("frm" + suffix, "申报人", null, null,
                Role.APPLICANT, null, unit.getId())).user().getUsername());
    }

    /**
     * A form looked for and not found is refused without dooming the caller's transaction: the workflow reads the
     * forms of a procedure's other steps inside its own read-write transaction and goes on without one it cannot read
     * ({@code CaseForms}); before, the refusal marked that transaction rollback-only and the step failed at commit.
     */
    @Test
    void aFormNotFoundInsideACallersTransactionLeavesItToCommit(
            @Autowired org.springframework.transaction.PlatformTransactionManager transactions) {
        org.ticportal.core.plugin.PolicyPin pin = as(applicant, Role.APPLICANT,
                () -> applications.create(JURISDICTION)).row().pin();
        Boolean rollbackOnly = as(applicant, Role.APPLICANT,
                () -> new org.springframework.transaction.support.TransactionTemplate(transactions).execute(status -> {
                    assertThatThrownBy(() -> versions.current(pin, "NO_SUCH_FORM"))
                            .isInstanceOf(BusinessException.class);
                    return status.isRollbackOnly();
                }));
        assertThat(rollbackOnly).isFalse();
    }

    @Test
    void aConditionalFieldIsPublishedAndEnforcedWhileOlderApplicationsKeepTheirForm() {
        // an application started on the shipped form
        ApplicationDetail old = as(applicant, Role.APPLICANT, () -> applications.create(JURISDICTION));
        long oldId = old.row().id();
        assertThat(as(applicant, Role.APPLICANT, () -> applicationForms.formVersion(oldId)).number()).isZero();

        // the administrator adds "number of partners", required and 1–50, shown only for high-end equipment
        FormVersion draft = as("root", Role.ADMIN, () -> drafts.startDraft(POLICY, "APPLICATION"));
        assertThat(draft.getStatus()).isEqualTo(FormVersion.Status.DRAFT);
        assertThat(draft.getOrigin()).isEqualTo(FormVersion.Origin.PLUGIN);
        assertThat(as("root", Role.ADMIN, () -> drafts.startDraft(POLICY, "APPLICATION")).getId())
                .as("one draft at a time").isEqualTo(draft.getId());
        FormDefinition shipped = as("root", Role.ADMIN, () -> versions.draftDefinition(draft.getId()));
        FormField partners = FormField.of("partners", FieldType.NUMBER, new LocalizedText("共建单位数量", "Partners"),
                        true).withMin(java.math.BigDecimal.ONE).withMax(java.math.BigDecimal.valueOf(50))
                .withVisibleWhen(VisibleWhen.equalTo("industryCluster", "EQUIPMENT")).withArticle("第四条");
        FormDefinition changed = withField(shipped, partners);
        assertThat(as("root", Role.ADMIN, () -> versions.problems(POLICY, changed))).isEmpty();
        FormVersion saved = as("root", Role.ADMIN, () -> drafts.saveDraft(draft.getId(), draft.getVersion(),
                changed));
        assertThatThrownBy(() -> as("root", Role.ADMIN, () -> drafts.saveDraft(draft.getId(), draft.getVersion(),
                shipped))).isInstanceOf(OptimisticLockingFailureException.class);
        FormVersion published = as("root", Role.ADMIN, () -> drafts.publish(saved.getId(), saved.getVersion(),
                "共建单位数量"));
        assertThat(published.getStatus()).isEqualTo(FormVersion.Status.PUBLISHED);
        assertThat(published.getNumber()).isEqualTo(1);
        assertThat(published.getPluginVersion()).as("checked against the running plugin").isEqualTo("1.0.0");
        assertThatThrownBy(() -> as("root", Role.ADMIN, () -> drafts.saveDraft(published.getId(),
                published.getVersion(), shipped))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("formVersion.published");
        assertThat(as("root", Role.ADMIN, () -> versions.history(POLICY, "APPLICATION",
                PageRequest.of(0, 10, Sort.by("occurredAt")))).getContent())
                .extracting(e -> e.getAction()).contains("DRAFT_STARTED", "DRAFT_EDITED", "PUBLISHED");

        // a new application is filled in on version 1: the field is there, and enforced on the server
        ApplicationDetail fresh = as(applicant, Role.APPLICANT, () -> applications.create(JURISDICTION));
        long id = fresh.row().id();
        assertThat(as(applicant, Role.APPLICANT, () -> applicationForms.form(id)).field("partners")).isPresent();
        Map<String, Object> values = TemplateSamples.completeApplication(creditCode, "EQUIPMENT", 320);
        values.put("partners", 0);
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT,
                () -> applications.saveDraft(id, fresh.row().version(), values, Map.of())))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).getProblems())
                        .extracting(p -> p.fieldKey() + ":" + p.messageKey()).containsExactly("partners:form.min"));
        // left out, it can be saved as a draft but not submitted
        values.remove("partners");
        ApplicationDetail draftSaved = as(applicant, Role.APPLICANT,
                () -> applications.saveDraft(id, fresh.row().version(), values, Map.of()));
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT,
                () -> applications.perform(id, draftSaved.row().version(), "SUBMIT", null, Map.of())))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).getProblems())
                        .extracting(p -> p.fieldKey() + ":" + p.messageKey()).contains("partners:form.required"));
        // hidden for new materials: not asked, and a value sent anyway is not stored
        Map<String, Object> field = TemplateSamples.completeApplication(creditCode, "NEW_MATERIALS", 320);
        field.put("partners", 7);
        ApplicationDetail materials = as(applicant, Role.APPLICANT,
                () -> applications.saveDraft(id, draftSaved.row().version(), field, Map.of()));
        assertThat(materials.values()).doesNotContainKey("partners");

        // the older application still shows the shipped form until its applicant moves it
        assertThat(as(applicant, Role.APPLICANT, () -> applicationForms.form(oldId)).field("partners")).isEmpty();
        var info = as(applicant, Role.APPLICANT, () -> applicationForms.formVersion(oldId));
        assertThat(info.canMove()).isTrue();
        assertThat(info.currentNumber()).isEqualTo(1);
        ApplicationDetail oldNow = as(applicant, Role.APPLICANT, () -> applications.get(oldId));
        as(applicant, Role.APPLICANT, () -> applicationForms.moveToCurrentForm(oldId, oldNow.row().version()));
        assertThat(as(applicant, Role.APPLICANT, () -> applicationForms.form(oldId)).field("partners")).isPresent();
        assertThat(as(applicant, Role.APPLICANT, () -> applicationForms.formVersion(oldId)).number()).isEqualTo(1);

        // the plugin is upgraded: version 1 was checked against 1.0.0's rules, so new cases take 1.1.0's own form
        // until a version is published for it; a new draft carries version 1's adaptations over to be checked again
        upgradeFormCity("1.1.0");
        ApplicationDetail onNewPlugin = as(applicant, Role.APPLICANT, () -> applications.create(JURISDICTION));
        assertThat(onNewPlugin.row().pin().pluginVersion()).isEqualTo("1.1.0");
        assertThat(as(applicant, Role.APPLICANT, () -> applicationForms.form(onNewPlugin.row().id())).field("partners"))
                .isEmpty();
        FormVersion carried = as("root", Role.ADMIN, () -> drafts.startDraft(POLICY, "APPLICATION"));
        assertThat(carried.getOrigin()).isEqualTo(FormVersion.Origin.VERSION);
        assertThat(carried.getBasedOn()).isEqualTo("v1");
        assertThat(as("root", Role.ADMIN, () -> versions.draftDefinition(carried.getId())).field("partners"))
                .isPresent();
        // cases pinned to 1.0.0 keep the version published for it
        assertThat(as(applicant, Role.APPLICANT, () -> applicationForms.form(id)).field("partners")).isPresent();
        as("root", Role.ADMIN, () -> {
            drafts.discardDraft(carried.getId(), carried.getVersion());
            return null;
        });
    }

    private void upgradeFormCity(String version) {
        Path jar = TestPluginBuilder.fromTemplate("formcity", version, IntegrationTest.Properties::formCity)
                .buildJar(tempDir());
        as("root", Role.ADMIN, () -> {
            try (InputStream in = Files.newInputStream(jar)) {
                PluginCandidate candidate = plugins.validate("formcity-" + version + ".jar", in);
                assertThat(candidate.problems()).isEmpty();
                return plugins.install(candidate.token());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("formcity");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aDraftThatDropsAFieldARuleReadsIsRefusedNamingTheRuleAndArticle() {
        FormVersion draft = as("root", Role.ADMIN, () -> drafts.startDraft(POLICY, "RECOMMENDATION"));
        as("root", Role.ADMIN, () -> {
            drafts.discardDraft(draft.getId(), draft.getVersion());
            return null;
        });
        FormVersion app = as("root", Role.ADMIN, () -> drafts.startDraft(POLICY, "APPLICATION"));
        FormDefinition definition = as("root", Role.ADMIN, () -> versions.draftDefinition(app.getId()));
        FormDefinition withoutArea = definition.withSections(definition.sections().stream()
                .map(s -> new FormSection(s.key(), s.title(), s.help(), s.fields().stream()
                        .filter(f -> !f.key().equals("area.usable")).toList())).toList());
        FormVersion saved = as("root", Role.ADMIN, () -> drafts.saveDraft(app.getId(), app.getVersion(),
                withoutArea));
        List<PublishProblem> problems = as("root", Role.ADMIN, () -> versions.problems(saved.getId()));
        assertThat(problems).contains(new PublishProblem("formVersion.ruleField",
                List.of("3.2", "第三条第（二）项", "area.usable")));
        assertThatThrownBy(() -> as("root", Role.ADMIN, () -> drafts.publish(saved.getId(), saved.getVersion(),
                null))).isInstanceOf(FormPublishRefusedException.class);
        assertThat(as("root", Role.ADMIN, () -> versions.get(saved.getId())).getStatus())
                .isEqualTo(FormVersion.Status.DRAFT);

        // the area as text instead of a number: the rule could not read it either
        FormDefinition areaAsText = definition.withSections(definition.sections().stream()
                .map(s -> new FormSection(s.key(), s.title(), s.help(), s.fields().stream()
                        .map(f -> f.key().equals("area.usable") ? f.withType(FieldType.TEXT) : f).toList()))
                .toList());
        assertThat(as("root", Role.ADMIN, () -> versions.problems(POLICY, areaAsText)))
                .extracting(PublishProblem::messageKey).contains("formVersion.ruleFieldType");

        // export and import go round; a file never replaces a draft someone is editing
        byte[] exported = as("root", Role.ADMIN, () -> versions.export(saved.getId()));
        assertThatThrownBy(() -> as("root", Role.ADMIN, () -> drafts.importDraft(POLICY, "APPLICATION", exported,
                "application.json"))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("formVersion.import.draftExists");
        as("root", Role.ADMIN, () -> {
            FormVersion current = versions.get(saved.getId());
            drafts.discardDraft(current.getId(), current.getVersion());
            return null;
        });
        FormVersion imported = as("root", Role.ADMIN, () -> drafts.importDraft(POLICY, "APPLICATION", exported,
                "application.json"));
        assertThat(imported.getOrigin()).isEqualTo(FormVersion.Origin.IMPORT);
        assertThat(as("root", Role.ADMIN, () -> versions.draftDefinition(imported.getId()))).isEqualTo(withoutArea);
        assertThatThrownBy(() -> as("root", Role.ADMIN, () -> drafts.importDraft(POLICY, "APPLICATION",
                "{\"code\": \"OTHER\"}".getBytes(StandardCharsets.UTF_8), "other.json")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("formVersion.codeChanged");
        assertThatThrownBy(() -> as("root", Role.ADMIN, () -> drafts.importDraft(POLICY, "APPLICATION",
                "not json".getBytes(StandardCharsets.UTF_8), "x.json")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("formVersion.import.notAForm");
        // a field without a type is not a form definition at all
        assertThatThrownBy(() -> as("root", Role.ADMIN, () -> drafts.importDraft(POLICY, "APPLICATION",
                ("{\"code\": \"APPLICATION\", \"title\": {\"zh\": \"申请书\"}, \"sections\": [{\"key\": \"s\", "
                        + "\"title\": {\"zh\": \"基本\"}, \"fields\": [{\"key\": \"x\", "
                        + "\"label\": {\"zh\": \"无类型\"}}]}]}").getBytes(StandardCharsets.UTF_8), "x.json")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("formVersion.import.notAForm");

        // a choice from a catalog the policy does not have could not be checked: refused
        FormDefinition unknownCatalog = definition.withSections(definition.sections().stream()
                .map(s -> new FormSection(s.key(), s.title(), s.help(), s.fields().stream()
                        .map(f -> f.key().equals("centerType") ? f.withCatalog("NO_SUCH_LIST") : f)
                        .toList())).toList());
        assertThat(as("root", Role.ADMIN, () -> versions.problems(POLICY, unknownCatalog)))
                .contains(new PublishProblem("formVersion.unknownCatalog", List.of("centerType", "NO_SUCH_LIST")));
        as("root", Role.ADMIN, () -> {
            FormVersion current = versions.get(imported.getId());
            drafts.discardDraft(current.getId(), current.getVersion());
            return null;
        });
    }

    @Test
    void onlyAdministratorsDesignForms() {
        assertThatThrownBy(() -> as("someone", Role.BUREAU, () -> drafts.startDraft(POLICY, "APPLICATION")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> versions.overview(POLICY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("root", Role.ADMIN, () -> versions.overview(POLICY)))
                .extracting(FormOverview::code).contains("APPLICATION", "RECOMMENDATION");
    }

    private static FormDefinition withField(FormDefinition form, FormField field) {
        List<FormSection> sections = new ArrayList<>(form.sections());
        FormSection first = sections.get(0);
        List<FormField> fields = new ArrayList<>(first.fields());
        fields.add(field);
        sections.set(0, new FormSection(first.key(), first.title(), first.help(), fields));
        return form.withSections(sections);
    }
}

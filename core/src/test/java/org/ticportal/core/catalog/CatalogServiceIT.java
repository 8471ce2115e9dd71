package org.ticportal.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.form.FormService;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.user.Role;
import org.ticportal.policy.api.Catalog;
import org.ticportal.policy.api.LocalizedText;

/**
 * Administrators' overrides of the catalogs of a running policy (the plugin template as {@code formcity}, which only
 * the form and catalog tests change: title levels FULL_SENIOR, DEPUTY_SENIOR, OTHER; one center type FIELD), on real
 * MariaDB, and how forms see them.
 */
@IntegrationTest
class CatalogServiceIT {

    private static final String POLICY = "formcity";
    private static final String TITLES = Catalog.TITLE_LEVELS;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    CatalogService catalogs;
    @Autowired
    FormService forms;
    @Autowired
    PolicyService policies;
    @Autowired
    AuditService audit;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static <T> T admin(java.util.function.Supplier<T> work) {
        return as("cat-admin", Role.ADMIN, work);
    }

    private PolicyPin pin() {
        return admin(() -> policies.policy(POLICY).orElseThrow().pin());
    }

    private MergedEntry entry(String catalog, String code) {
        return admin(() -> catalogs.entries(POLICY, catalog)).stream().filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private static BusinessException refusal(Runnable call) {
        try {
            call.run();
        } catch (BusinessException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void anAdministratorAddsRenamesRetiresAndRestoresAnEntryAndFormsFollow() {
        String code = "T" + unique();
        MergedEntry added = admin(() -> catalogs.add(POLICY, TITLES, code, "研究员级" + code, "Researcher " + code));
        assertThat(added.source()).isEqualTo(EntrySource.ADDED);
        assertThat(added.version()).isZero();
        List<MergedEntry> entries = admin(() -> catalogs.entries(POLICY, TITLES));
        assertThat(entries).extracting(MergedEntry::code).startsWith("FULL_SENIOR", "DEPUTY_SENIOR", "OTHER")
                .contains(code);
        assertThat(entries.getLast().code()).isEqualTo(code);
        assertThat(admin(() -> forms.choices(pin()).codes(TITLES))).contains(code, "FULL_SENIOR");

        MergedEntry renamed = admin(() -> catalogs.rename(POLICY, TITLES, code, "高级研究员" + code, "", 0));
        assertThat(renamed.name()).isEqualTo(LocalizedText.of("高级研究员" + code, ""));
        assertThat(renamed.version()).isEqualTo(1);

        MergedEntry retired = admin(() -> catalogs.retire(POLICY, TITLES, code, 1));
        assertThat(retired.retired()).isTrue();
        assertThat(retired.retiredBy()).isEqualTo("cat-admin");
        assertThat(admin(() -> forms.choices(pin()).codes(TITLES))).doesNotContain(code).contains("FULL_SENIOR");
        Map<String, LocalizedText> labels = admin(() -> forms.catalogLabels(pin(), TITLES));
        assertThat(labels.get(code).zh()).isEqualTo("高级研究员" + code + "（已停用）");

        MergedEntry restored = admin(() -> catalogs.restore(POLICY, TITLES, code, retired.version()));
        assertThat(restored.retired()).isFalse();
        assertThat(admin(() -> forms.choices(pin()).codes(TITLES))).contains(code);

        List<AuditEvent> history = admin(() -> audit.history(AuditSubject.CATALOG, POLICY,
                PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "id"))).getContent()).stream()
                .filter(e -> (TITLES + "/" + code).equals(e.getComment())).toList();
        assertThat(history).extracting(AuditEvent::getAction).containsExactly(CatalogService.RESTORED,
                CatalogService.RETIRED, CatalogService.RENAMED, CatalogService.ADDED);
        assertThat(history.get(2).getFromState()).isEqualTo("研究员级" + code + " / Researcher " + code);
        assertThat(history.get(2).getToState()).isEqualTo("高级研究员" + code);
        assertThat(history).allSatisfy(e -> assertThat(e.getActor()).isEqualTo("cat-admin"));
        assertThat(CatalogService.entryOf(history.get(0).getComment()))
                .contains(new CatalogService.EntryRef(TITLES, code));
    }

    @Test
    void aRetiredDefaultIsNoLongerChosenButStillNamedAndARenameOfADefaultCanBeUndone() {
        MergedEntry other = entry(TITLES, "OTHER");
        assertThat(other.version()).isEqualTo(-1);
        MergedEntry retired = admin(() -> catalogs.retire(POLICY, TITLES, "OTHER", -1));
        try {
            assertThat(retired.retired()).isTrue();
            assertThat(retired.source()).isEqualTo(EntrySource.DEFAULT);
            assertThat(admin(() -> forms.choices(pin()).codes(TITLES))).doesNotContain("OTHER")
                    .contains("FULL_SENIOR", "DEPUTY_SENIOR");
            LocalizedText label = admin(() -> forms.catalogLabels(pin(), TITLES)).get("OTHER");
            assertThat(label).isEqualTo(LocalizedText.of("其他（已停用）", "Other (retired)"));
            assertThat(refusal(() -> admin(() -> catalogs.retire(POLICY, TITLES, "OTHER", retired.version())))
                    .getMessageKey()).isEqualTo("catalogs.entry.alreadyRetired");
        } finally {
            admin(() -> catalogs.restore(POLICY, TITLES, "OTHER", retired.version()));
        }
        assertThat(admin(() -> forms.choices(pin()).codes(TITLES))).contains("OTHER");

        MergedEntry renamed = admin(() -> catalogs.rename(POLICY, TITLES, "DEPUTY_SENIOR", "副高级职称", "Deputy senior title",
                -1));
        assertThat(renamed.renamed()).isTrue();
        assertThat(renamed.defaultName()).isEqualTo(LocalizedText.of("副高级", "Deputy senior"));
        assertThat(admin(() -> forms.catalogLabels(pin(), TITLES)).get("DEPUTY_SENIOR").zh()).isEqualTo("副高级职称");
        MergedEntry back = admin(() -> catalogs.rename(POLICY, TITLES, "DEPUTY_SENIOR", "副高级", "Deputy senior",
                renamed.version()));
        assertThat(back.renamed()).isFalse();
        assertThat(back.name()).isEqualTo(back.defaultName());
    }

    @Test
    void wrongCodesAndNamesAreRefusedOnTheirField() {
        BusinessException duplicateDefault = refusal(() -> admin(() -> catalogs.add(POLICY, TITLES, "OTHER", "别的",
                "")));
        assertThat(duplicateDefault.getField()).isEqualTo("code");
        assertThat(duplicateDefault.getMessageKey()).isEqualTo("catalogs.code.taken");

        String code = "D" + unique();
        admin(() -> catalogs.add(POLICY, TITLES, code, "重复测试" + code, ""));
        assertThat(refusal(() -> admin(() -> catalogs.add(POLICY, TITLES, code, "另一个" + code, "")))
                .getMessageKey()).isEqualTo("catalogs.code.taken");

        BusinessException pattern = refusal(() -> admin(() -> catalogs.add(POLICY, TITLES, "lower-case", "小写", "")));
        assertThat(pattern.getField()).isEqualTo("code");
        assertThat(pattern.getMessageKey()).isEqualTo("catalogs.code.pattern");

        BusinessException noName = refusal(() -> admin(() -> catalogs.add(POLICY, TITLES, "N" + unique(), " ", "")));
        assertThat(noName.getField()).isEqualTo("nameZh");
        assertThat(noName.getMessageKey()).isEqualTo("catalogs.name.required");

        BusinessException sameName = refusal(() -> admin(() -> catalogs.add(POLICY, TITLES, "S" + unique(), "正高级",
                "")));
        assertThat(sameName.getField()).isEqualTo("nameZh");
        assertThat(sameName.getMessageKey()).isEqualTo("catalogs.name.taken");

        BusinessException tooLong = refusal(() -> admin(() -> catalogs.add(POLICY, TITLES, "L" + unique(), "长",
                "x".repeat(CatalogService.MAX_NAME + 1))));
        assertThat(tooLong.getField()).isEqualTo("nameEn");

        assertThat(refusal(() -> admin(() -> catalogs.add(POLICY, "NO_SUCH_CATALOG", "X", "无", "")))
                .getMessageKey()).isEqualTo("catalogs.catalog.unknown");
    }

    @Test
    void centerTypesAndRecommendingBodiesTakeNoAddedEntriesAndTheLastChoiceStays() {
        assertThat(refusal(() -> admin(() -> catalogs.add(POLICY, CatalogCodes.CENTER_TYPES, "NEW_TYPE", "新类型", "")))
                .getMessageKey()).isEqualTo("catalogs.catalog.fixed");
        assertThat(refusal(() -> admin(() -> catalogs.add(POLICY, CatalogCodes.RECOMMENDING_BODIES, "990199", "北区",
                ""))).getMessageKey()).isEqualTo("catalogs.catalog.fixed");
        // the template has a single center type: retiring it would leave nothing to choose
        assertThat(refusal(() -> admin(() -> catalogs.retire(POLICY, CatalogCodes.CENTER_TYPES, "FIELD", -1)))
                .getMessageKey()).isEqualTo("catalogs.entry.lastSelectable");

        String code = "C" + unique();
        admin(() -> catalogs.add(POLICY, CatalogCodes.INDUSTRY_CLUSTERS, code, "新能源" + code, ""));
        assertThat(admin(() -> forms.choices(pin()).codes(CatalogCodes.INDUSTRY_CLUSTERS))).contains(code,
                "NEW_MATERIALS");
        Map<String, LocalizedText> clusters = admin(() -> forms.catalogLabels(pin(), CatalogCodes.INDUSTRY_CLUSTERS));
        assertThat(clusters.get("NEW_MATERIALS").zh()).isEqualTo("新材料（重点产业）");
        assertThat(clusters.get(code).zh()).isEqualTo("新能源" + code);
        assertThat(admin(() -> catalogs.catalogs(POLICY))).extracting(CatalogInfo::code)
                .containsExactly(CatalogCodes.CENTER_TYPES, CatalogCodes.INDUSTRY_CLUSTERS,
                        CatalogCodes.RECOMMENDING_BODIES, TITLES);
    }

    @Test
    void aStaleVersionIsRefused() {
        String code = "V" + unique();
        admin(() -> catalogs.add(POLICY, TITLES, code, "版本测试" + code, ""));
        admin(() -> catalogs.rename(POLICY, TITLES, code, "版本测试二" + code, "", 0));
        assertThatThrownBy(() -> admin(() -> catalogs.rename(POLICY, TITLES, code, "版本测试三" + code, "", 0)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> admin(() -> catalogs.retire(POLICY, TITLES, code, 0)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(entry(TITLES, code).name().zh()).isEqualTo("版本测试二" + code);
    }

    @Test
    void bureauStaffReadButChangeNothing() {
        assertThat(as("cat-bureau", Role.BUREAU, () -> catalogs.entries(POLICY, TITLES))).isNotEmpty();
        assertThatThrownBy(() -> as("cat-bureau", Role.BUREAU, () -> catalogs.add(POLICY, TITLES, "B" + unique(),
                "局里加的", ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("cat-bureau", Role.BUREAU, () -> catalogs.retire(POLICY, TITLES, "OTHER", -1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("cat-applicant", Role.APPLICANT, () -> catalogs.entries(POLICY, TITLES)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(entry(TITLES, "OTHER").retired()).isFalse();
    }

    @Test
    void onlyAdministratorsMayEditAndScreensAskSo() {
        assertThat(admin(catalogs::mayEdit)).isTrue();
        assertThat(as("cat-bureau", Role.BUREAU, catalogs::mayEdit)).isFalse();
        assertThatThrownBy(() -> as("cat-applicant", Role.APPLICANT, catalogs::mayEdit))
                .isInstanceOf(AccessDeniedException.class);
    }
}

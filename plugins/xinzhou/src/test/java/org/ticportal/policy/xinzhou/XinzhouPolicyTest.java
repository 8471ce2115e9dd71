package org.ticportal.policy.xinzhou;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.Catalog;
import org.ticportal.policy.api.CatalogEntry;
import org.ticportal.policy.api.IndustryCluster;
import org.ticportal.policy.api.NamingRules;
import org.ticportal.policy.api.PolicyCatalogs;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.change.ChangeType;
import org.ticportal.policy.api.change.Reward;
import org.ticportal.policy.api.procedure.Actor;

class XinzhouPolicyTest {

    private final XinzhouPolicy policy = new XinzhouPolicy();

    @Test
    void identifiesTheXinzhouTrialMeasures() {
        var identity = policy.identity();
        assertThat(identity.id()).isEqualTo("xinzhou");
        assertThat(identity.jurisdictionCode()).isEqualTo("140900");
        assertThat(identity.title().zh()).isEqualTo("忻州市技术创新中心认定管理办法(试行)");
        assertThat(identity.effectiveDateIfKnown()).as("art. 17 names no date").isEmpty();
    }

    @Test
    void article3KnowsTwoCenterTypesAndOnlyTheComprehensiveOneHasInstitutes() {
        PolicyCatalogs catalogs = policy.catalogs();
        assertThat(catalogs.centerTypes()).extracting(t -> t.name().zh())
                .containsExactly("综合类技术创新中心", "领域类技术创新中心");
        assertThat(catalogs.centerTypes()).filteredOn(t -> t.hasSpecialisedInstitutes())
                .extracting(t -> t.code()).containsExactly("COMPREHENSIVE");
    }

    @Test
    void article7ListsEightFlagshipAndSixAgriProcessingClusters() {
        var groups = policy.catalogs().industryGroups();
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).clusters()).hasSize(8);
        assertThat(groups.get(1).clusters()).hasSize(6);
        assertThat(policy.catalogs().allClusters()).extracting(IndustryCluster::name)
                .extracting(t -> t.zh()).contains("煤机智能制造", "饮品（药茶）");
    }

    @Test
    void article9CountyUnitsNeedARecommendationAndMunicipalUnitsSubmitDirectly() {
        var bodies = policy.catalogs().recommendingBodies();
        assertThat(bodies).filteredOn(b -> b.channel() == SubmissionChannel.DIRECT)
                .extracting(RecommendingBody::code).containsExactly("140900");
        assertThat(bodies).filteredOn(b -> b.kind() == org.ticportal.policy.api.RecommendingBodyKind.COUNTY)
                .hasSize(14)
                .allMatch(b -> b.channel() == SubmissionChannel.RECOMMENDED)
                .allMatch(b -> b.code().startsWith("1409"));
    }

    @Test
    void theFunctionalZonesRecommendLikeCounties() {
        assertThat(policy.catalogs().recommendingBodies())
                .filteredOn(b -> b.kind() == org.ticportal.policy.api.RecommendingBodyKind.FUNCTIONAL_ZONE)
                .extracting(RecommendingBody::code).containsExactly("XZ_EDZ", "WTS_SCENIC");
    }

    @Test
    void theMeasuresListsAreCatalogsCitingTheirArticles() {
        PolicyCatalogs catalogs = policy.catalogs();
        assertThat(catalogs.lists()).extracting(Catalog::code).containsExactly(Catalog.LEGAL_FORMS,
                Catalog.CO_BUILDING_MODES, Catalog.PUBLIC_SERVICES, Catalog.UNIT_CATEGORIES, Catalog.TITLE_LEVELS,
                Catalog.IP_KINDS, XinzhouCatalogs.CHANGE_TYPES);
        assertThat(codes(catalogs, XinzhouCatalogs.CHANGE_TYPES))
                .containsExactly("RENAME", "CHANGE_DIRECTION", "RESTRUCTURE");
        assertThat(codes(catalogs, Catalog.LEGAL_FORMS))
                .containsExactly("INDEPENDENT_ENTERPRISE", "INDEPENDENT_SOCIAL_SERVICE", "INTERNAL_UNIT");
        assertThat(codes(catalogs, Catalog.CO_BUILDING_MODES)).containsExactly("MEMBERSHIP", "SHAREHOLDING", "AGREEMENT");
        assertThat(catalogs.list(Catalog.PUBLIC_SERVICES).orElseThrow().entries()).hasSize(9)
                .extracting(e -> e.name().zh()).contains("技术委托研发", "检验检测", "科技咨询", "其他");
        assertThat(codes(catalogs, Catalog.UNIT_CATEGORIES)).containsExactly("ABOVE_SCALE_ENTERPRISE",
                "LEADING_ENTERPRISE", "UNIVERSITY", "INSTITUTE", "TECHNICAL_BODY", "NEW_RD_BODY", "OTHER");
        assertThat(codes(catalogs, Catalog.TITLE_LEVELS))
                .containsExactly("FULL_SENIOR", "DEPUTY_SENIOR", "INTERMEDIATE", "OTHER");
        assertThat(codes(catalogs, Catalog.IP_KINDS)).containsExactly("INVENTION_PATENT", "UTILITY_PATENT",
                "DESIGN_PATENT", "SOFTWARE_COPYRIGHT", "STANDARD", "PLANT_VARIETY", "OTHER");
        assertThat(catalogs.lists()).allSatisfy(c -> assertThat(c.article()).startsWith("第"));
        assertThat(catalogs.list(Catalog.LEGAL_FORMS).orElseThrow().entries())
                .allSatisfy(e -> assertThat(e.article()).isEqualTo("第十条"));
    }

    @Test
    void article9Clause3NamesEveryCenterXinzhouSomethingTechnologyInnovationCenter() {
        NamingRules naming = policy.naming();
        assertThat(naming.article()).isEqualTo("第九条第（三）项");
        assertThat(naming.fullName("煤机智能制造")).isEqualTo("忻州市煤机智能制造技术创新中心");
        assertThat(naming.problems("煤机智能制造")).isEmpty();
        assertThat(naming.constraints()).contains(NamingRules.Constraint.UNIQUE,
                NamingRules.Constraint.NO_ENTERPRISE_NAME, NamingRules.Constraint.NO_LATIN,
                NamingRules.Constraint.NO_DIGITS);
    }

    @Test
    void anEnterpriseNameIsRefused() {
        assertThat(policy.naming().problems("忻州重工集团")).isNotEmpty();
        assertThat(policy.naming().problems("华鑫煤机有限公司")).isNotEmpty();
        assertThat(policy.naming().problems("山西某某股份")).isNotEmpty();
    }

    @Test
    void latinLettersPinyinAndDigitsAreRefused() {
        assertThat(policy.naming().problems("AI智能制造")).isNotEmpty();
        assertThat(policy.naming().problems("xinzhou煤机")).isNotEmpty();
        assertThat(policy.naming().problems("5G融合创新")).isNotEmpty();
    }

    @Test
    void article15ChangesAreReviewedByTheSupervisingDepartmentAndApprovedByTheBureau() {
        assertThat(policy.changeTypes()).extracting(ChangeType::code)
                .containsExactly("RENAME", "CHANGE_DIRECTION", "RESTRUCTURE");
        assertThat(policy.changeTypes()).allSatisfy(c -> {
            assertThat(c.approvalChain()).containsExactly(Actor.RECOMMENDING_BODY, Actor.AUTHORITY);
            assertThat(c.article()).isEqualTo("第十五条");
        });
        assertThat(policy.changeTypes()).filteredOn(ChangeType::renames).extracting(ChangeType::code)
                .containsExactly("RENAME");
        assertThat(policy.changeTypes()).extracting(ChangeType::affects).containsExactly(
                java.util.Set.of(ChangeType.Part.NAME), java.util.Set.of(ChangeType.Part.RESEARCH_DIRECTIONS),
                java.util.Set.of(ChangeType.Part.LEAD_UNIT, ChangeType.Part.CO_BUILDERS, ChangeType.Part.INSTITUTES));
    }

    @Test
    void article16EngineeringCentersMayConvertByASimplifiedProcedure() {
        assertThat(policy.conversionSources()).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo("ENGINEERING_CENTER");
            assertThat(s.name().zh()).isEqualTo("市工程技术研究中心");
            assertThat(s.simplifiedProcedure()).isTrue();
            assertThat(s.scoringSheet()).isEmpty();
            assertThat(s.article()).isEqualTo("第十六条");
        });
    }

    @Test
    void rewardsFollowArticles14And16() {
        assertThat(policy.rewards()).extracting(Reward::article).containsExactly("第十四条", "第十四条", "第十六条");
        assertThat(policy.rewards()).extracting(r -> r.description().zh())
                .anyMatch(t -> t.contains("重点支持")).anyMatch(t -> t.contains("省级"))
                .anyMatch(t -> t.contains("市工程技术研究中心"));
    }

    @Test
    void policyTextsAreBilingual() {
        assertThat(policy.messages()).containsKeys("call.intro", "notice.objectionInstructions", "naming.help");
        assertThat(policy.messages().values()).allSatisfy(t -> {
            assertThat(t.zh()).isNotBlank();
            assertThat(t.en()).isNotBlank();
        });
        assertThat(policy.messages().get("notice.objectionInstructions"))
                .isEqualTo(policy.notice().objections().instructions());
    }

    private static List<String> codes(PolicyCatalogs catalogs, String catalog) {
        return catalogs.list(catalog).orElseThrow().entries().stream().map(CatalogEntry::code).toList();
    }
}

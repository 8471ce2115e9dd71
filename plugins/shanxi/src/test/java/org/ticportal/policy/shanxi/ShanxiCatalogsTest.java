package org.ticportal.policy.shanxi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.Catalog;
import org.ticportal.policy.api.CatalogEntry;
import org.ticportal.policy.api.CenterType;
import org.ticportal.policy.api.IndustryCluster;
import org.ticportal.policy.api.PolicyCatalogs;
import org.ticportal.policy.api.PolicyStatus;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.RecommendingBodyKind;
import org.ticportal.policy.api.SubmissionChannel;

class ShanxiCatalogsTest {

    private final ShanxiPolicy policy = new ShanxiPolicy();
    private final PolicyCatalogs catalogs = policy.catalogs();

    @Test
    void identifiesTheProvincialTrialMeasuresWithoutAnEffectiveDate() {
        var identity = policy.identity();
        assertThat(identity.id()).isEqualTo("shanxi");
        assertThat(identity.jurisdictionCode()).isEqualTo("140000");
        assertThat(identity.jurisdiction().zh()).isEqualTo("山西省");
        assertThat(identity.title().zh()).isEqualTo("山西省技术创新中心管理办法（试行）");
        assertThat(identity.documentNumber()).isEqualTo("晋科发〔2020〕64号");
        assertThat(identity.issuer().zh()).isEqualTo("山西省科学技术厅");
        assertThat(identity.effectiveDateIfKnown()).isEmpty();
        assertThat(identity.status()).isEqualTo(PolicyStatus.TRIAL);
    }

    @Test
    void twoCenterTypesAndOnlyTheComprehensiveOneHasInstitutes() {
        assertThat(catalogs.centerTypes()).extracting(CenterType::code).containsExactly("COMPREHENSIVE", "FIELD");
        assertThat(catalogs.centerTypes()).filteredOn(CenterType::hasSpecialisedInstitutes)
                .extracting(CenterType::code).containsExactly("COMPREHENSIVE");
        assertThat(catalogs.centerTypes()).allSatisfy(t -> assertThat(t.article()).contains("晋科发〔2020〕64号"));
    }

    @Test
    void the2021CallListsFourteenIndustriesPlusN() {
        assertThat(catalogs.industryGroups()).hasSize(1);
        var group = catalogs.industryGroups().get(0);
        assertThat(group.article()).isEqualTo("2021年申报通知");
        assertThat(group.clusters()).hasSize(15);
        assertThat(group.clusters()).extracting(IndustryCluster::code).startsWith("SEMICONDUCTOR",
                "CARBON_MATERIALS", "SPECIAL_METALS").endsWith("ORGANIC_DRY_FARMING", "OTHER_EMERGING");
        assertThat(catalogs.allClusters()).extracting(c -> c.name().zh())
                .contains("信息技术应用创新", "煤层气", "有机旱作农业和现代农业", "其他新兴产业（N）");
    }

    @Test
    void elevenCityBureausRecommendEveryUnitOfTheirCity() {
        assertThat(catalogs.recommendingBodies()).filteredOn(b -> b.kind() == RecommendingBodyKind.CITY)
                .hasSize(11)
                .allSatisfy(b -> assertThat(b.divisions()).containsExactly(b.code().substring(0, 4)))
                .extracting(RecommendingBody::code)
                .containsExactly("140100", "140200", "140300", "140400", "140500", "140600", "140700", "140800",
                        "140900", "141000", "141100");
    }

    @Test
    void aUnitRegisteredIn140902AppliesThroughXinzhouAndOneIn140105ThroughTaiyuan() {
        assertThat(catalogs.recommendingBodyFor("140902")).get().satisfies(b -> {
            assertThat(b.code()).isEqualTo("140900");
            assertThat(b.name().zh()).isEqualTo("忻州市科技局");
        });
        assertThat(catalogs.recommendingBodyFor("140105")).get().extracting(RecommendingBody::code)
                .isEqualTo("140100");
        assertThat(catalogs.recommendingBodyFor("141102")).get().extracting(RecommendingBody::code)
                .isEqualTo("141100");
        assertThat(catalogs.recommendingBodyFor("140900")).get().extracting(RecommendingBody::code)
                .isEqualTo("140900");
        assertThat(catalogs.recommendingBodyFor("110105")).isEmpty();
    }

    @Test
    void everyApplicationIsRecommendedThroughTheBodyInCharge() {
        assertThat(catalogs.recommendingBodies())
                .allMatch(b -> b.channel() == SubmissionChannel.RECOMMENDED)
                .allSatisfy(b -> assertThat(b.article()).contains("申报通知"));
        assertThat(catalogs.recommendingBody("SX_PROVINCIAL")).get().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(RecommendingBodyKind.DEPARTMENT);
            assertThat(b.name().zh()).contains("归口管理");
        });
        assertThat(catalogs.recommendingBody("SX_REFORM_ZONE")).get()
                .extracting(RecommendingBody::kind).isEqualTo(RecommendingBodyKind.FUNCTIONAL_ZONE);
    }

    @Test
    void theListsUseTheStandardCodes() {
        assertThat(codes(Catalog.LEGAL_FORMS))
                .containsExactly("INDEPENDENT_ENTERPRISE", "INDEPENDENT_SOCIAL_SERVICE", "INTERNAL_UNIT");
        assertThat(codes(Catalog.CO_BUILDING_MODES)).containsExactly("MEMBERSHIP", "SHAREHOLDING", "AGREEMENT");
        assertThat(codes(Catalog.UNIT_CATEGORIES)).containsExactly("ABOVE_SCALE_ENTERPRISE", "LEADING_ENTERPRISE",
                "UNIVERSITY", "INSTITUTE", "TECHNICAL_BODY", "NEW_RD_BODY", "OTHER");
        assertThat(codes(Catalog.TITLE_LEVELS)).containsExactly("FULL_SENIOR", "DEPUTY_SENIOR", "INTERMEDIATE",
                "OTHER");
        assertThat(codes(Catalog.IP_KINDS)).containsExactly("INVENTION_PATENT", "UTILITY_PATENT", "DESIGN_PATENT",
                "SOFTWARE_COPYRIGHT", "STANDARD", "PLANT_VARIETY", "OTHER");
        assertThat(codes(Catalog.PUBLIC_SERVICES)).hasSize(9).contains("TESTING", "INCUBATION").endsWith("OTHER");
        assertThat(catalogs.lists()).allSatisfy(c -> assertThat(c.article()).contains("晋科发〔2020〕64号"));
    }

    private java.util.List<String> codes(String catalog) {
        return catalogs.list(catalog).orElseThrow().entries().stream().map(CatalogEntry::code).toList();
    }
}

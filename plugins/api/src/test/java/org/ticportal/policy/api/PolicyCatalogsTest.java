package org.ticportal.policy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PolicyCatalogsTest {

    private static final LocalizedText NAME = new LocalizedText("名称", "Name");

    @Test
    void refusesDuplicateCodesSoThatRecordsCanReferToEntriesByCode() {
        var type = new CenterType("FIELD", NAME, NAME, false, "第七条");
        var body = new RecommendingBody("140902", NAME, RecommendingBodyKind.COUNTY, SubmissionChannel.RECOMMENDED, "第九条");
        assertThatThrownBy(() -> new PolicyCatalogs(List.of(type, type), List.of(), List.of(body)))
                .hasMessageContaining("duplicate center type code: FIELD");
    }

    @Test
    void refusesAPolicyWithoutCenterTypes() {
        var body = new RecommendingBody("140902", NAME, RecommendingBodyKind.COUNTY, SubmissionChannel.RECOMMENDED, "第九条");
        assertThatThrownBy(() -> new PolicyCatalogs(List.of(), List.of(), List.of(body)))
                .hasMessageContaining("at least one center type");
    }

    @Test
    void catalogCodesAreUpperCaseIdentifiers() {
        assertThatThrownBy(() -> new IndustryCluster("new energy", NAME)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void englishFallsBackToChineseWhenNotTranslated() {
        assertThat(new LocalizedText("忻州市", "").get(Locale.ENGLISH)).isEqualTo("忻州市");
        assertThat(new LocalizedText("忻州市", "Xinzhou").get(Locale.ENGLISH)).isEqualTo("Xinzhou");
        assertThat(new LocalizedText("忻州市", "Xinzhou").get(Locale.SIMPLIFIED_CHINESE)).isEqualTo("忻州市");
    }

    private static RecommendingBody city(String code, String prefix) {
        return new RecommendingBody(code, NAME, RecommendingBodyKind.CITY, SubmissionChannel.RECOMMENDED, "申报通知",
                List.of(prefix));
    }

    private static PolicyCatalogs withBodies(RecommendingBody... bodies) {
        return new PolicyCatalogs(List.of(new CenterType("FIELD", NAME, NAME, false, "第七条")), List.of(),
                List.of(bodies));
    }

    @Test
    void aUnitIsRecommendedByTheBodyWhoseDivisionPrefixItsCodeStartsWith() {
        var catalogs = withBodies(city("140100", "1401"), city("140900", "1409"));

        assertThat(catalogs.recommendingBodyFor("140902")).map(RecommendingBody::code).contains("140900");
        assertThat(catalogs.recommendingBodyFor("140105")).map(RecommendingBody::code).contains("140100");
    }

    @Test
    void theBodyWithThatExactCodeWinsOverAPrefix() {
        var county = new RecommendingBody("140902", NAME, RecommendingBodyKind.COUNTY, SubmissionChannel.RECOMMENDED,
                "第九条");
        var catalogs = withBodies(city("140900", "1409"), county);

        assertThat(catalogs.recommendingBodyFor("140902")).contains(county);
        assertThat(catalogs.recommendingBodyFor("140900")).map(RecommendingBody::code).contains("140900");
    }

    @Test
    void theLongestMatchingPrefixWins() {
        var province = city("SX_ALL", "14");
        var xinzhou = city("140900", "1409");
        var catalogs = withBodies(province, xinzhou);

        assertThat(catalogs.recommendingBodyFor("140902")).contains(xinzhou);
        assertThat(catalogs.recommendingBodyFor("140105")).contains(province);
    }

    @Test
    void aDivisionNoBodyCoversHasNoRecommendingBody() {
        var catalogs = withBodies(city("140900", "1409"));

        assertThat(catalogs.recommendingBodyFor("110101")).isEmpty();
        assertThat(catalogs.recommendingBodyFor("")).isEmpty();
        assertThat(catalogs.recommendingBodyFor(null)).isEmpty();
    }

    @Test
    void aBodyWithoutDivisionsCoversOnlyItsOwnCode() {
        var county = new RecommendingBody("140900", NAME, RecommendingBodyKind.COUNTY, SubmissionChannel.RECOMMENDED,
                "第九条");
        var catalogs = withBodies(county);

        assertThat(county.divisions()).isEmpty();
        assertThat(catalogs.recommendingBodyFor("140900")).contains(county);
        assertThat(catalogs.recommendingBodyFor("140902")).isEmpty();
    }

    @Test
    void listsAreFoundByCodeAndMayNotRepeatACode() {
        var titles = new Catalog(Catalog.TITLE_LEVELS, NAME, "第八条", List.of(
                CatalogEntry.of("FULL_SENIOR", "正高级", "Full senior", "第八条")));
        var body = city("140900", "1409");
        var catalogs = new PolicyCatalogs(List.of(new CenterType("FIELD", NAME, NAME, false, "第七条")), List.of(),
                List.of(body), List.of(titles));

        assertThat(catalogs.list(Catalog.TITLE_LEVELS).flatMap(c -> c.entry("FULL_SENIOR"))).isPresent();
        assertThat(catalogs.list(Catalog.IP_KINDS)).isEmpty();
        assertThat(withBodies(body).lists()).isEmpty();
        assertThatThrownBy(() -> new PolicyCatalogs(List.of(new CenterType("FIELD", NAME, NAME, false, "第七条")),
                List.of(), List.of(body), List.of(titles, titles)))
                .hasMessageContaining("duplicate catalog code: TITLE_LEVELS");
    }

    @Test
    void aCatalogMayNotRepeatAnEntry() {
        var entry = CatalogEntry.of("FULL_SENIOR", "正高级", "Full senior", "");

        assertThatThrownBy(() -> new Catalog(Catalog.TITLE_LEVELS, NAME, "", List.of(entry, entry)))
                .hasMessageContaining("duplicate entry of catalog TITLE_LEVELS code: FULL_SENIOR");
    }

    @Test
    void policyIdsAreLowerCaseSlugs() {
        assertThatThrownBy(() -> new PolicyIdentity("Xinzhou", "140900", NAME, NAME, "", NAME, null, PolicyStatus.TRIAL))
                .hasMessageContaining("policy id must match");
    }
}

package org.ticportal.policy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Recommending bodies with codes a policy defines (API 0.2.5). */
class RecommendingBodyTest {

    private static final LocalizedText EDZ = new LocalizedText("忻州经济开发区管委会", "Xinzhou Economic Development Zone");

    @Test
    void aZoneHasThePolicysCodeAndTheDivisionItLiesIn() {
        RecommendingBody zone = RecommendingBody.zone("XZ_EDZ", EDZ, "140902", SubmissionChannel.RECOMMENDED, "第九条");

        assertThat(zone.kind()).isEqualTo(RecommendingBodyKind.FUNCTIONAL_ZONE);
        assertThat(zone.withinDivision()).isEqualTo("140902");
        assertThat(zone.division()).isEqualTo("140902");
        assertThat(RecommendingBody.isDivisionCode("XZ_EDZ")).isFalse();
    }

    @Test
    void aDivisionsBodyIsItsOwnDivisionAndTheOldConstructorsLieWithinNone() {
        RecommendingBody county = new RecommendingBody("140902", EDZ, RecommendingBodyKind.COUNTY,
                SubmissionChannel.RECOMMENDED, "第九条");
        assertThat(county.withinDivision()).isEmpty();
        assertThat(county.division()).isEqualTo("140902");
        RecommendingBody department = new RecommendingBody("DEPT", EDZ, RecommendingBodyKind.DEPARTMENT,
                SubmissionChannel.DIRECT, "第九条", List.of());
        assertThat(department.division()).isEmpty();
    }

    @Test
    void badDivisionsAreRefused() {
        assertThatThrownBy(() -> RecommendingBody.zone("XZ_EDZ", EDZ, "1409", SubmissionChannel.RECOMMENDED, ""))
                .hasMessageContaining("no GB/T 2260 code");
        assertThatThrownBy(() -> RecommendingBody.zone("140971", EDZ, "140902", SubmissionChannel.RECOMMENDED, ""))
                .hasMessageContaining("policy's own");
        assertThatThrownBy(() -> new RecommendingBody("140902", EDZ, RecommendingBodyKind.COUNTY,
                SubmissionChannel.RECOMMENDED, "", List.of(), "140900"))
                .hasMessageContaining("lies within no other division");
    }

    @Test
    void aPolicyFindsTheZoneByItsCode() {
        PolicyCatalogs catalogs = new PolicyCatalogs(List.of(new CenterType("FIELD", EDZ, EDZ, false, "")), List.of(),
                List.of(RecommendingBody.zone("XZ_EDZ", EDZ, "140902", SubmissionChannel.RECOMMENDED, "")));
        assertThat(catalogs.recommendingBodyFor("XZ_EDZ")).map(RecommendingBody::withinDivision).contains("140902");
    }
}

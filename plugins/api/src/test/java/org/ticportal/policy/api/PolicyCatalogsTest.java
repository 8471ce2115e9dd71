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

    @Test
    void policyIdsAreLowerCaseSlugs() {
        assertThatThrownBy(() -> new PolicyIdentity("Xinzhou", "140900", NAME, NAME, "", NAME, null, PolicyStatus.TRIAL))
                .hasMessageContaining("policy id must match");
    }
}

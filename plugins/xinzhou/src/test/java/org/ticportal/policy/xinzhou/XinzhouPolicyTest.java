package org.ticportal.policy.xinzhou;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.IndustryCluster;
import org.ticportal.policy.api.PolicyCatalogs;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.SubmissionChannel;

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
}

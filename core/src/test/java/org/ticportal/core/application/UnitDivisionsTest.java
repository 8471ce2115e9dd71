package org.ticportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.policy.api.CenterType;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.PolicyCatalogs;
import org.ticportal.policy.api.PolicyIdentity;
import org.ticportal.policy.api.PolicyStatus;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.RecommendingBodyKind;
import org.ticportal.policy.api.SubmissionChannel;

/**
 * A development zone's unit, registered under the city policy's own code, applies through the zone in the city and
 * through its city's bureau in the province, which knows nothing of the code (API 0.2.5).
 */
class UnitDivisionsTest {

    private static final LocalizedText T = new LocalizedText("名", "Name");

    private static StartedPolicy policy(String id, String jurisdiction, RecommendingBody... bodies) {
        return new StartedPolicy(new PolicyPin(id, id, "1.0.0"), new PolicyIdentity(id, jurisdiction, T, T, null, T,
                null, PolicyStatus.TRIAL), new PolicyCatalogs(List.of(new CenterType("FIELD", T, T, false, "")),
                List.of(), List.of(bodies)));
    }

    private final StartedPolicy city = policy("city", "140900",
            new RecommendingBody("140902", T, RecommendingBodyKind.COUNTY, SubmissionChannel.RECOMMENDED, ""),
            RecommendingBody.zone("XZ_EDZ", T, "140902", SubmissionChannel.RECOMMENDED, ""),
            new RecommendingBody("WTS", T, RecommendingBodyKind.FUNCTIONAL_ZONE, SubmissionChannel.RECOMMENDED, ""));
    private final StartedPolicy province = policy("province", "140000",
            new RecommendingBody("140900", T, RecommendingBodyKind.CITY, SubmissionChannel.RECOMMENDED, "",
                    List.of("1409")));

    private UnitDivisions divisions() {
        PolicyProviders providers = mock(PolicyProviders.class);
        when(providers.started()).thenReturn(List.of(city, province));
        return new UnitDivisions(providers);
    }

    @Test
    void theZonesCodeIsItsOwnPolicysAndItsDivisionTheOthers() {
        UnitDivisions d = divisions();
        assertThat(d.bodyFor(city.catalogs(), "XZ_EDZ")).map(RecommendingBody::code).contains("XZ_EDZ");
        assertThat(d.bodyFor(province.catalogs(), "XZ_EDZ")).map(RecommendingBody::code).contains("140900");
        assertThat(d.division("XZ_EDZ")).isEqualTo("140902");
    }

    @Test
    void aZoneWithoutItsDivisionIsKnownOnlyToItsPolicy() {
        UnitDivisions d = divisions();
        assertThat(d.bodyFor(city.catalogs(), "WTS")).isPresent();
        assertThat(d.bodyFor(province.catalogs(), "WTS")).isEmpty();
        assertThat(d.division("WTS")).isEmpty();
        assertThat(d.division("140902")).isEqualTo("140902");
        assertThat(d.bodyFor(province.catalogs(), "140902")).map(RecommendingBody::code).contains("140900");
    }
}

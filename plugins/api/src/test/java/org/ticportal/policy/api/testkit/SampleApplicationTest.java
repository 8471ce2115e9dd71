package org.ticportal.policy.api.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.rule.ApplicationData;
import org.ticportal.policy.api.rule.EvidenceCodes;
import org.ticportal.policy.api.rule.FieldKeys;
import org.ticportal.policy.api.rule.RuleContext;
import org.ticportal.policy.api.setting.PolicySettings;

class SampleApplicationTest {

    private final SampleApplication complete = SampleApplication.empty()
            .with(FieldKeys.USABLE_AREA, 800)
            .with(FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS, true)
            .withEvidence(EvidenceCodes.PREMISES_PROOF, EvidenceCodes.FLOOR_PLAN);

    @Test
    void eachChangeGivesANewApplicationAndLeavesTheCompleteOneAlone() {
        SampleApplication small = complete.with(FieldKeys.USABLE_AREA, 420).withoutEvidence(EvidenceCodes.FLOOR_PLAN);

        assertThat(small.data().number(FieldKeys.USABLE_AREA)).contains(new BigDecimal("420"));
        assertThat(small.data().hasEvidence(EvidenceCodes.FLOOR_PLAN)).isFalse();
        assertThat(complete.data().number(FieldKeys.USABLE_AREA)).contains(new BigDecimal("800"));
        assertThat(complete.data().hasEvidence(EvidenceCodes.FLOOR_PLAN)).isTrue();
    }

    @Test
    void aNullValueOrWithoutRemovesAField() {
        assertThat(complete.with(FieldKeys.USABLE_AREA, null).values()).doesNotContainKey(FieldKeys.USABLE_AREA);
        assertThat(complete.without(FieldKeys.USABLE_AREA).data().number(FieldKeys.USABLE_AREA)).isEmpty();
    }

    @Test
    void personsUnitsAndRowsAreStoredAsThePortalStoresThem() {
        ApplicationData data = SampleApplication.empty()
                .withPerson("director", "王研究员", "FULL_SENIOR", null)
                .withUnit("lead", "示例公司", "91140900MA0K123456")
                .withRow(FieldKeys.TEAM, Map.of("name", "张明"))
                .withRow(FieldKeys.TEAM, Map.of("name", "李华"))
                .data();

        assertThat(data.text("director.name")).contains("王研究员");
        assertThat(data.text("director.title")).contains("FULL_SENIOR");
        assertThat(data.text("director.degree")).isEmpty();
        assertThat(data.text("lead.creditCode")).contains("91140900MA0K123456");
        assertThat(data.rows(FieldKeys.TEAM)).extracting(r -> r.get("name")).containsExactly("张明", "李华");
    }

    @Test
    void aMapAsTestsWroteItBeforeTurnsIntoAnApplication() {
        SampleApplication a = SampleApplication.of(Map.of(FieldKeys.USABLE_AREA, 800,
                ApplicationData.EVIDENCE, Set.of(EvidenceCodes.FLOOR_PLAN)));

        assertThat(a.values()).containsOnlyKeys(FieldKeys.USABLE_AREA);
        assertThat(a.evidence()).containsExactly(EvidenceCodes.FLOOR_PLAN);
    }

    @Test
    void theContextCarriesTheHostTheSettingsAndTheYear() {
        PolicySettings settings = PolicySettings.of(List.of(), Map.of());
        HostStub host = new HostStub();
        RuleContext context = complete.context(host, settings, 2026);

        assertThat(context.host()).isSameAs(host);
        assertThat(context.settings()).isSameAs(settings);
        assertThat(context.year()).isEqualTo(2026);
        assertThat(context.data().flag(FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS)).contains(true);
        assertThat(complete.context(settings, 2026).host().personDirectsAnotherPlatform("x")).isFalse();
    }
}

package org.ticportal.policy.api.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ThresholdTest {

    private static final Threshold BY_TYPE = Threshold.byCategory(FieldKeys.CENTER_TYPE,
            Map.of("FIELD", BigDecimal.valueOf(1000), "COMPREHENSIVE", BigDecimal.valueOf(500)), null);

    @Test
    void aFixedThresholdIsDescribedByItsValue() {
        assertThat(Threshold.of(500).describe()).isEqualTo("500");
    }

    @Test
    void aThresholdByCategoryListsTheCategoriesInCodeOrder() {
        assertThat(BY_TYPE.describe()).isEqualTo("COMPREHENSIVE 500 / FIELD 1000");
    }

    @Test
    void theDefaultOfAThresholdByCategoryIsDescribedLast() {
        Threshold t = Threshold.byCategory(FieldKeys.CENTER_TYPE, Map.of("FIELD", BigDecimal.valueOf(1000)),
                new BigDecimal("300.5"));

        assertThat(t.describe()).isEqualTo("FIELD 1000 / * 300.5");
    }

    @Test
    void aThresholdWithoutAnyValueIsDescribedAsADash() {
        assertThat(new Threshold(null, Map.of(), null).describe()).isEqualTo("-");
    }

    @Test
    void aFixedThresholdAppliesToEveryApplication() {
        assertThat(Threshold.of(500).resolve(ApplicationData.of(Map.of()))).contains(BigDecimal.valueOf(500));
    }

    @Test
    void aThresholdByCategoryResolvesToTheCategorysValueElseTheDefault() {
        assertThat(BY_TYPE.resolve(ApplicationData.of(Map.of(FieldKeys.CENTER_TYPE, "FIELD"))))
                .contains(BigDecimal.valueOf(1000));
        assertThat(BY_TYPE.resolve(ApplicationData.of(Map.of(FieldKeys.CENTER_TYPE, "OTHER")))).isEmpty();
        assertThat(BY_TYPE.resolve(ApplicationData.of(Map.of()))).isEmpty();
    }

    @Test
    void aThresholdByCategoryNeedsTheCategoryField() {
        assertThatThrownBy(() -> Threshold.byCategory(null, Map.of(), BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class);
    }
}

package org.ticportal.policy.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;

class IndicatorTest {

    private static final LocalizedText NAME = new LocalizedText("指标", "Indicator");

    @Test
    void childrensWeightsMustAddUpToTheParents() {
        List<Indicator> children = List.of(Indicator.leaf("A", NAME, 10), Indicator.leaf("B", NAME, 15));

        assertThatThrownBy(() -> new Indicator("GROUP", NAME, BigDecimal.valueOf(30), children))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weights under GROUP add up to 25, not 30");
    }

    @Test
    void weightsThatAddUpAreAcceptedWhateverTheirScale() {
        List<Indicator> children = List.of(new Indicator("A", NAME, new BigDecimal("12.5"), null),
                new Indicator("B", NAME, new BigDecimal("12.50"), null));

        assertThat(new Indicator("GROUP", NAME, new BigDecimal("25"), children).children()).hasSize(2);
    }

    @Test
    void aGroupWeighsWhatItsChildrenWeigh() {
        Indicator group = Indicator.group("INNOVATION", NAME, Indicator.leaf("A", NAME, 10),
                Indicator.group("B", NAME, Indicator.leaf("B1", NAME, 5), Indicator.leaf("B2", NAME, 15)));

        assertThat(group.weight()).isEqualByComparingTo("30");
        assertThat(group.children().get(1).weight()).isEqualByComparingTo("20");
    }

    @Test
    void aLeafHasNoChildren() {
        Indicator leaf = Indicator.leaf("A", NAME, 10);

        assertThat(leaf.children()).isEmpty();
        assertThat(leaf.weight()).isEqualByComparingTo("10");
        assertThat(new Indicator("B", NAME, BigDecimal.ONE, null).children()).isEmpty();
    }
}

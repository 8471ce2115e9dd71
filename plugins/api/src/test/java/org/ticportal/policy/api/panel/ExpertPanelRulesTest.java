package org.ticportal.policy.api.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.evaluation.Indicator;

/** A panel's score is the mean or the trimmed mean of its experts' totals; its rules refuse what cannot be drawn. */
class ExpertPanelRulesTest {

    private static final List<BigDecimal> TOTALS = List.of(new BigDecimal("95"), new BigDecimal("70"),
            new BigDecimal("80"));

    @Test
    void theTrimmedMeanDropsOneHighestAndOneLowestScore() {
        assertThat(Aggregation.TRIMMED_MEAN.aggregate(TOTALS)).isEqualByComparingTo("80.00");
        assertThat(Aggregation.MEAN.aggregate(TOTALS)).isEqualByComparingTo("81.67");
        assertThat(Aggregation.TRIMMED_MEAN.aggregate(List.of(new BigDecimal("90"), new BigDecimal("60"))))
                .as("with two scores nothing is dropped").isEqualByComparingTo("75.00");
    }

    @Test
    void seatsCannotAskForMoreExpertsThanThePanelHas() {
        LocalizedText name = LocalizedText.of("财务", "Finance");
        assertThatThrownBy(() -> new ExpertPanelRules(1, List.of(new PanelSeat("FINANCE", 2, name)),
                Aggregation.MEAN, Set.of(), List.of(Indicator.leaf("A", name, 100)), List.of(), "", null))
                .isInstanceOf(IllegalArgumentException.class);
        ExpertPanelRules rules = new ExpertPanelRules(3, List.of(), Aggregation.MEAN, Set.of(Avoidance.CO_BUILDERS),
                List.of(Indicator.group("G", name, Indicator.leaf("A", name, 60), Indicator.leaf("B", name, 40))),
                List.of(), "", null);
        assertThat(rules.scoredIndicators()).extracting(Indicator::code).containsExactly("A", "B");
        assertThat(rules.fullScore()).isEqualByComparingTo("100");
        assertThat(rules.conclusion()).isEqualTo(ConclusionFields.NONE);
    }
}

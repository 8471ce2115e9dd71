package org.ticportal.policy.api.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.setting.PolicySettings;

/** Ratio thresholds with exemptions (API 0.2.5). */
class RatioTest {

    private static final String ART = "第三条第（五）项";
    private static final LocalizedText TITLE = new LocalizedText("研发投入强度", "R&D intensity");
    private static final Ratio THREE_PERCENT = Ratio.of("rdSpending", "revenue", 3)
            .exemptWhen(FieldKeys.LEAD_UNIT_CATEGORY, Set.of("UNIVERSITY", "INSTITUTE"),
                    new LocalizedText("高校、科研院所不适用本项", "Universities and institutes are exempt"));
    private static final EligibilityRule RULE = Rules.ratio("3.5", RuleKind.AUTO, TITLE, ART, THREE_PERCENT);

    private static RuleResult check(EligibilityRule rule, Object rd, Object revenue, String category) {
        Map<String, Object> values = new HashMap<>();
        values.put("rdSpending", rd);
        values.put("revenue", revenue);
        values.put(FieldKeys.LEAD_UNIT_CATEGORY, category);
        return rule.check(new RuleContext(ApplicationData.of(values), HostQueries.NONE,
                PolicySettings.of(List.of(), Map.of()), 2026, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2),
                null));
    }

    @Test
    void aShareAtOrAboveTheMinimumPassesAndOneBelowFailsWithBothFiguresAndTheArticle() {
        RuleResult exact = check(RULE, "30", "1000", "ABOVE_SCALE_ENTERPRISE");
        assertThat(exact.outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(exact.message().zh()).contains("30 / 1000 = 3.00%").contains("不低于 3%");

        RuleResult below = check(RULE, "29.9", "1000", "ABOVE_SCALE_ENTERPRISE");
        assertThat(below.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(below.article()).isEqualTo(ART);
        assertThat(below.message().en()).contains("29.9 / 1000 = 2.99%").contains("at least 3% required");
    }

    @Test
    void anExemptCategoryIsNotApplicableAndSaysWhy() {
        RuleResult university = check(RULE, null, null, "UNIVERSITY");
        assertThat(university.outcome()).isEqualTo(RuleOutcome.NOT_APPLICABLE);
        assertThat(university.message().zh()).isEqualTo("研发投入强度：高校、科研院所不适用本项");
    }

    @Test
    void aMissingFigureOrNoRevenueDoesNotMeetIt() {
        assertThat(check(RULE, null, "1000", "OTHER").outcome()).isEqualTo(RuleOutcome.FAIL);
        RuleResult noRevenue = check(RULE, "10", "0", "OTHER");
        assertThat(noRevenue.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(noRevenue.message().zh()).contains("无法计算");
        assertThat(check(Rules.ratio("3.5", RuleKind.SOFT, TITLE, ART, THREE_PERCENT), "1", "1000", "OTHER")
                .outcome()).isEqualTo(RuleOutcome.WARN);
    }

    @Test
    void theMinimumMayDependOnACategory() {
        Ratio byType = new Ratio("rdSpending", "revenue", Threshold.byCategory(FieldKeys.LEAD_UNIT_CATEGORY,
                Map.of("LEADING_ENTERPRISE", BigDecimal.valueOf(5)), BigDecimal.valueOf(3)), null, Set.of(), null);
        EligibilityRule rule = Rules.ratio("3.5", RuleKind.AUTO, TITLE, ART, byType);
        assertThat(check(rule, "40", "1000", "LEADING_ENTERPRISE").outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(check(rule, "40", "1000", "OTHER").outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(rule.fieldKeys()).containsExactly("rdSpending", "revenue", FieldKeys.LEAD_UNIT_CATEGORY);
        assertThat(rule.requirement().zh()).contains("LEADING_ENTERPRISE 5 / * 3");
    }

    @Test
    void badRatiosAreRefused() {
        assertThatThrownBy(() -> Ratio.of("revenue", "revenue", 3)).hasMessageContaining("two fields");
        assertThatThrownBy(() -> Ratio.of("rd", "revenue", 101)).hasMessageContaining("0..100");
        assertThatThrownBy(() -> new Ratio("rd", "revenue", Threshold.of(3), null, Set.of("UNIVERSITY"), null))
                .hasMessageContaining("field that holds them");
        assertThatThrownBy(() -> new Ratio("rd", "revenue", Threshold.of(3), "category", Set.of(), null))
                .hasMessageContaining("values that exempt");
    }
}

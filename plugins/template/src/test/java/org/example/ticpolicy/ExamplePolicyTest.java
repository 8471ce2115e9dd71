package org.example.ticpolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.rule.FieldKeys;
import org.ticportal.policy.api.rule.RuleOutcome;
import org.ticportal.policy.api.setting.PolicySettings;
import org.ticportal.policy.api.testkit.SampleApplication;

/** Test your rules as the measures read: one passing and one failing case each, with the article they cite. */
class ExamplePolicyTest {

    private final ExamplePolicy policy = new ExamplePolicy();

    private RuleOutcome check(String ruleId, SampleApplication application) {
        EligibilityRule rule = policy.eligibilityRules().stream().filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow();
        var context = application.context(PolicySettings.of(policy.settings(), Map.of()), 2026);
        return rule.check(context).outcome();
    }

    private static SampleApplication with(String fieldKey, Object value) {
        return SampleApplication.empty().with(fieldKey, value);
    }

    @Test
    void aCenterNeedsAtLeast300SquareMetresUnderArticle3Clause2() {
        assertEquals(RuleOutcome.FAIL, check("3.2", with(FieldKeys.USABLE_AREA, 299)));
        assertEquals(RuleOutcome.PASS, check("3.2", with(FieldKeys.USABLE_AREA, 300)));
    }

    @Test
    void lowResearchSpendingOnlyWarns() {
        assertEquals(RuleOutcome.WARN, check("3.5", with("rdSpending", 50)));
    }

    @Test
    void thePledgeGoesToAPersonOnceTicked() {
        assertEquals(RuleOutcome.NEEDS_REVIEW, check("3.4", with(FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS, true)));
        assertEquals(RuleOutcome.FAIL, check("3.4", with(FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS, false)));
    }

    @Test
    void everyRuleAndStepCitesAnArticle() {
        policy.eligibilityRules().forEach(r -> assertTrue(!r.article().isBlank(), r.id()));
        policy.procedure().transitions().forEach(t -> assertTrue(!t.article().isBlank(), t.code()));
        assertEquals(List.of("示例市新材料技术创新中心"), List.of(policy.naming().fullName("新材料")));
    }
}

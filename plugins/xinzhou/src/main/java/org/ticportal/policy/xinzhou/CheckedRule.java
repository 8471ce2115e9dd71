package org.ticportal.policy.xinzhou;

import java.util.List;
import java.util.function.Function;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.rule.EvidenceType;
import org.ticportal.policy.api.rule.RuleContext;
import org.ticportal.policy.api.rule.RuleKind;
import org.ticportal.policy.api.rule.RuleOutcome;
import org.ticportal.policy.api.rule.RuleResult;

/**
 * A rule the {@code Rules} builders do not cover: its check returns a {@link Verdict} with its own message (e.g.
 * "注册地不在忻州市"), and may cite a narrower article than the rule's (第六条 for a comprehensive center's lead unit).
 */
record CheckedRule(String id, RuleKind kind, LocalizedText title, String article, List<String> fieldKeys,
                   List<EvidenceType> evidence, Function<RuleContext, Verdict> checker) implements EligibilityRule {

    /** The outcome, the message, and the article cited (empty: the rule's). */
    record Verdict(RuleOutcome outcome, LocalizedText message, String article) {

        static Verdict of(RuleOutcome outcome, String zh, String en) {
            return new Verdict(outcome, new LocalizedText(zh, en), "");
        }

        Verdict citing(String narrower) {
            return new Verdict(outcome, message, narrower);
        }
    }

    CheckedRule {
        fieldKeys = List.copyOf(fieldKeys);
        evidence = List.copyOf(evidence);
    }

    @Override
    public RuleResult check(RuleContext context) {
        Verdict v = checker.apply(context);
        return new RuleResult(id, v.outcome(), v.message(), v.article().isEmpty() ? article : v.article());
    }
}

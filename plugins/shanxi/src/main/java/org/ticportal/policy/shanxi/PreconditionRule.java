package org.ticportal.policy.shanxi;

import java.util.List;
import java.util.function.Predicate;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.rule.ApplicationData;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.rule.EvidenceType;
import org.ticportal.policy.api.rule.RuleContext;
import org.ticportal.policy.api.rule.RuleKind;
import org.ticportal.policy.api.rule.RuleOutcome;
import org.ticportal.policy.api.rule.RuleResult;

/**
 * A rule that fails early when a value condition is not met, and otherwise answers as the wrapped rule does. Used for
 * "some matching funds" (配套经费大于零 and the proof of it): {@code Rules.minimum} is inclusive and
 * {@code Rules.attest} reads no value, so neither says "more than zero" on its own.
 *
 * @param rule      the rule that decides once the condition holds (its id, kind, article and evidence are this
 *                  rule's)
 * @param condition what the data must satisfy
 * @param notMet    the message when it does not
 */
record PreconditionRule(EligibilityRule rule, Predicate<ApplicationData> condition, LocalizedText notMet)
        implements EligibilityRule {

    @Override
    public String id() {
        return rule.id();
    }

    @Override
    public LocalizedText title() {
        return rule.title();
    }

    @Override
    public RuleKind kind() {
        return rule.kind();
    }

    @Override
    public String article() {
        return rule.article();
    }

    @Override
    public List<String> fieldKeys() {
        return rule.fieldKeys();
    }

    @Override
    public List<EvidenceType> evidence() {
        return rule.evidence();
    }

    @Override
    public LocalizedText requirement() {
        return rule.requirement();
    }

    @Override
    public RuleResult check(RuleContext context) {
        if (!condition.test(context.data())) {
            return new RuleResult(id(), kind() == RuleKind.SOFT ? RuleOutcome.WARN : RuleOutcome.FAIL, notMet,
                    article());
        }
        return rule.check(context);
    }
}

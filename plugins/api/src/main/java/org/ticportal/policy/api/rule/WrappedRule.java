package org.ticportal.policy.api.rule;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Actor;

/**
 * A rule with something of its own around it: a guard checked first ({@code before}: its result, when it gives one,
 * is the rule's; a field it reads beside the rule's own), and the reviewer who confirms it where not its kind's
 * default. Everything else is the wrapped rule's.
 */
record WrappedRule(EligibilityRule rule, @Nullable String extraField,
                   Function<RuleContext, @Nullable RuleResult> before, @Nullable Actor reviewer)
        implements EligibilityRule {

    /** The rule checked only when {@code before} gives no result of its own. */
    static WrappedRule guarded(EligibilityRule rule, @Nullable String extraField,
                               Function<RuleContext, @Nullable RuleResult> before) {
        return new WrappedRule(rule, extraField, before, null);
    }

    /** The rule, confirmed by {@code reviewer}. */
    static WrappedRule reviewed(EligibilityRule rule, Actor reviewer) {
        return new WrappedRule(rule, null, context -> null, reviewer);
    }

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
        return extraField == null || rule.fieldKeys().contains(extraField) ? rule.fieldKeys()
                : Stream.concat(rule.fieldKeys().stream(), Stream.of(extraField)).toList();
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
    public String topic() {
        return rule.topic();
    }

    @Override
    public Actor verifiedBy() {
        return reviewer != null ? reviewer : rule.verifiedBy();
    }

    @Override
    public RuleResult check(RuleContext context) {
        RuleResult early = before.apply(context);
        return early != null ? early : rule.check(context);
    }
}

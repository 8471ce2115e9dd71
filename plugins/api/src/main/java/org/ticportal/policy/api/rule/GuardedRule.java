package org.ticportal.policy.api.rule;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/** A rule checked only when {@code before} gives no result of its own. */
record GuardedRule(EligibilityRule rule, @Nullable String extraField,
                       Function<RuleContext, @Nullable RuleResult> before)
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
    public org.ticportal.policy.api.procedure.Actor verifiedBy() {
        return rule.verifiedBy();
    }

    @Override
    public RuleResult check(RuleContext context) {
        RuleResult early = before.apply(context);
        return early != null ? early : rule.check(context);
    }
}

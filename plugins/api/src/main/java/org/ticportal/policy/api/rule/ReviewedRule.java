package org.ticportal.policy.api.rule;

import java.util.List;

import org.ticportal.policy.api.LocalizedText;

/** A rule with the reviewer who confirms it. */
record ReviewedRule(EligibilityRule rule, org.ticportal.policy.api.procedure.Actor verifiedBy)
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
    public String topic() {
        return rule.topic();
    }

    @Override
    public RuleResult check(RuleContext context) {
        return rule.check(context);
    }
}

package org.ticportal.policy.api.rule;

import java.util.List;
import java.util.function.Function;

import org.ticportal.policy.api.LocalizedText;

/** A rule from an outcome function and a message function. */
record BaseRule(String id, RuleKind kind, LocalizedText title, LocalizedText requirement, String article,
                        List<String> fieldKeys, List<EvidenceType> evidence,
                        Function<RuleContext, RuleOutcome> decide,
                        Function<RuleContext, LocalizedText> describe) implements EligibilityRule {

    BaseRule(String id, RuleKind kind, LocalizedText title, LocalizedText requirement, String article,
             List<String> fieldKeys, EvidenceType[] evidence, Function<RuleContext, RuleOutcome> decide,
             Function<RuleContext, LocalizedText> describe) {
        this(id, kind, title, requirement, article, List.copyOf(fieldKeys), List.of(evidence), decide, describe);
    }

    @Override
    public RuleResult check(RuleContext context) {
        RuleOutcome outcome = decide.apply(context);
        LocalizedText message = outcome == RuleOutcome.PASS || outcome == RuleOutcome.NOT_APPLICABLE
                ? describe.apply(context) : withMissingEvidence(context, describe.apply(context));
        return new RuleResult(id, outcome, message, article);
    }

    private LocalizedText withMissingEvidence(RuleContext context, LocalizedText message) {
        List<EvidenceType> missing = evidence.stream()
                .filter(e -> e.required() && !context.data().hasEvidence(e.code())).toList();
        if (missing.isEmpty()) {
            return message;
        }
        String zh = String.join("、", missing.stream().map(e -> e.name().zh()).toList());
        String en = String.join(", ", missing.stream().map(e -> e.name().en()).toList());
        return new LocalizedText(message.zh() + "；缺少证明材料：" + zh, message.en() + "; missing evidence: " + en);
    }
}

package org.ticportal.policy.api.rule;

import java.util.List;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Actor;

/**
 * One eligibility condition of the measures. AUTO rules decide from the data; ATTEST and EXPERT rules usually answer
 * {@link RuleOutcome#NEEDS_REVIEW} (a person decides) but may still fail early on missing data or evidence; SOFT rules
 * answer {@link RuleOutcome#WARN} instead of failing.
 *
 * <p>Implementations must be fast, free of side effects, and must not keep state between calls. An exception thrown
 * here is shown as an error on this rule naming the plugin; it never breaks the screen.
 */
public interface EligibilityRule {

    /** Stable id, e.g. {@code 8.3b}; unique within a policy. */
    String id();

    /** What the condition says, in a line. */
    LocalizedText title();

    RuleKind kind();

    /** The article and clause, e.g. {@code 第八条第（三）项}. */
    String article();

    /** The form field keys the rule reads: the form designer refuses to drop a field a rule needs. */
    List<String> fieldKeys();

    /** The documents that prove the condition. */
    List<EvidenceType> evidence();

    /** Checks the rule. */
    RuleResult check(RuleContext context);

    /**
     * The requirement with its parameters, for people comparing policies, e.g. "使用面积不少于 1000 平方米". The
     * default is the title.
     */
    default LocalizedText requirement() {
        return title();
    }

    /**
     * What the rule is about, so that the rules of two policies can be set side by side: by default the first field
     * key it reads (two policies' area rules both read {@link FieldKeys#USABLE_AREA}), else its id.
     */
    default String topic() {
        return fieldKeys().isEmpty() ? id() : fieldKeys().get(0);
    }

    /**
     * Who confirms the rule when the portal cannot (核实): the reviewer whose checklist holds it while the rule answers
     * {@link RuleOutcome#NEEDS_REVIEW}, and whose steps forward wait until it is confirmed. By default an ATTEST rule
     * is verified by the authority (the bureau's re-check), an EXPERT rule by the expert panel, and AUTO and SOFT
     * rules by nobody ({@link Actor#SYSTEM}: the portal decides them). Override it (or wrap a rule with
     * {@link Rules#verifiedBy}) when the measures give it to another reviewer, e.g. the recommending body.
     *
     * @since 0.2.2
     */
    default Actor verifiedBy() {
        return switch (kind()) {
            case ATTEST -> Actor.AUTHORITY;
            case EXPERT -> Actor.EXPERT_PANEL;
            case AUTO, SOFT -> Actor.SYSTEM;
        };
    }
}

package org.ticportal.policy.api.rule;

import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;

/**
 * The result of a rule, shown to the user with the article it cites.
 *
 * @param ruleId  the rule's id
 * @param outcome pass, fail, warn, needs review, not applicable
 * @param message what the user reads (e.g. "使用面积 420 平方米，少于 500 平方米")
 * @param article the article and clause cited, e.g. {@code 第八条第（三）项}
 */
public record RuleResult(String ruleId, RuleOutcome outcome, LocalizedText message, String article) {

    public RuleResult {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(article, "article");
    }
}

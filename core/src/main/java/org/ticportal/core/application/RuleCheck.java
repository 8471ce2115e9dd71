package org.ticportal.core.application;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.rule.RuleKind;

/**
 * One eligibility rule's result for an application, citing its article.
 *
 * @param ruleId      the rule's id in the policy
 * @param kind        AUTO, ATTEST, EXPERT or SOFT
 * @param title       what the rule says
 * @param article     the article and clause it cites
 * @param outcome     the result
 * @param message     what the user reads
 * @param explanation the applicant's explanation of a warning, if given
 */
public record RuleCheck(String ruleId, RuleKind kind, LocalizedText title, String article, CheckOutcome outcome,
                        LocalizedText message, @Nullable String explanation) {

    /** Whether this result stops the application going on. */
    public boolean blocks() {
        return outcome == CheckOutcome.FAIL || outcome == CheckOutcome.ERROR
                || outcome == CheckOutcome.WARN && (explanation == null || explanation.isBlank());
    }
}

package org.ticportal.core.application;

import java.util.List;

import org.ticportal.core.plugin.PolicyPin;

/**
 * The eligibility self-check of an application under its pinned policy: every rule's result.
 *
 * @param pin    the policy and plugin version that checked it
 * @param checks the results, in the policy's order (the naming check first)
 */
public record EligibilityReport(PolicyPin pin, List<RuleCheck> checks) {

    public EligibilityReport {
        checks = List.copyOf(checks);
    }

    /** Whether nothing blocks: no failure, no plugin error, every warning explained. */
    public boolean passed() {
        return checks.stream().noneMatch(RuleCheck::blocks);
    }

    public List<RuleCheck> blocking() {
        return checks.stream().filter(RuleCheck::blocks).toList();
    }
}

package org.ticportal.core.call;

import java.util.Map;

import org.ticportal.policy.api.LocalizedText;

/**
 * What the policy a jurisdiction uses now allows for its calls, for the screen that opens one.
 *
 * @param jurisdictionCode the jurisdiction
 * @param policyId         its active policy
 * @param policyTitle      the policy's title
 * @param quotas           whether recommending bodies may be given quotas
 * @param rollingFiling    whether applications may be filed outside calls now (the policy's setting as it stands)
 * @param bodies           the recommending bodies that recommend (code → name), in the policy's order
 */
public record CallOptions(String jurisdictionCode, String policyId, LocalizedText policyTitle, boolean quotas,
                          boolean rollingFiling, Map<String, LocalizedText> bodies) {

    public CallOptions {
        bodies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bodies));
    }
}

package org.ticportal.policy.api.rule;

import org.ticportal.policy.api.setting.PolicySettings;

/**
 * What a rule may read while it is checked.
 *
 * @param data     the application's data by field key
 * @param host     narrow questions about other records
 * @param settings the policy's settings as the administrator set them
 * @param year     the year the application is filed in
 */
public record RuleContext(ApplicationData data, HostQueries host, PolicySettings settings, int year) {
}

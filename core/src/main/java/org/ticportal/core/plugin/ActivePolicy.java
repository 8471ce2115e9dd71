package org.ticportal.core.plugin;

import org.ticportal.policy.api.PolicyCatalogs;
import org.ticportal.policy.api.PolicyIdentity;

/**
 * A snapshot of the policy in force, read from its plugin at the time of the call. It holds only API values, never
 * the plugin's own objects, so keeping it does not pin the plugin.
 *
 * @param pluginId      the plugin that provides the policy
 * @param pluginVersion the plugin's version
 * @param identity      the policy's identity
 * @param catalogs      the policy's catalogs
 */
public record ActivePolicy(String pluginId, String pluginVersion, PolicyIdentity identity, PolicyCatalogs catalogs) {
}

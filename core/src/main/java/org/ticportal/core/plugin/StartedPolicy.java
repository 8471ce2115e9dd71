package org.ticportal.core.plugin;

import org.ticportal.policy.api.PolicyCatalogs;
import org.ticportal.policy.api.PolicyIdentity;

/**
 * A snapshot of a policy whose plugin runs, read from the plugin at the time of the call. It holds only API values,
 * never the plugin's own objects, so keeping it does not pin the plugin.
 *
 * @param pin      which plugin and version provide it
 * @param identity the policy's identity
 * @param catalogs the policy's catalogs
 */
public record StartedPolicy(PolicyPin pin, PolicyIdentity identity, PolicyCatalogs catalogs) {

    public String policyId() {
        return identity.id();
    }
}

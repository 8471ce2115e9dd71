package org.ticportal.core.plugin;

import java.util.Objects;

/**
 * The exact policy a case is handled under: the policy id and the plugin (id and version) that provided it when the
 * case was filed. A case keeps its pin when the plugin is upgraded; only an explicit migration moves it.
 *
 * @param policyId      the policy's id ({@code PolicyIdentity.id()})
 * @param pluginId      the plugin's id
 * @param pluginVersion the plugin's version
 */
public record PolicyPin(String policyId, String pluginId, String pluginVersion) {

    public PolicyPin {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(pluginVersion, "pluginVersion");
    }

    @Override
    public String toString() {
        return policyId + " (" + pluginId + " " + pluginVersion + ")";
    }
}

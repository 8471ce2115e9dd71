package org.ticportal.core.plugin;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * What the portal knows of one plugin, for the administrators' "Plugins" screen.
 *
 * @param id            the plugin id, or the file name when the descriptor could not be read
 * @param version       the plugin version, when known
 * @param requires      the API version range the plugin declares, when known
 * @param provider      the plugin's provider, when known
 * @param status        started, stopped or failed
 * @param policyId      the id of the policy the plugin provides, when started
 * @param policyTitle   the title of that policy, when started
 * @param failureReason why the plugin failed, for failed plugins
 * @param location      where the plugin was loaded from
 * @param fromSource    the plugin is a module of the source tree (development mode): it can be stopped and started
 *                      but not removed or upgraded from the portal
 */
public record PluginInfo(
        String id,
        @Nullable String version,
        @Nullable String requires,
        @Nullable String provider,
        PluginStatus status,
        @Nullable String policyId,
        @Nullable LocalizedText policyTitle,
        @Nullable String failureReason,
        String location,
        boolean fromSource) {

    /**
     * What an administrator may do with the plugin: none while its descriptor cannot be read; stop it when it runs,
     * else start it; remove it unless it is a module of the source tree.
     */
    public Set<PluginAction> actions() {
        if (version == null) {
            return Set.of();
        }
        Set<PluginAction> actions = EnumSet.of(status == PluginStatus.STARTED ? PluginAction.STOP : PluginAction.START);
        if (!fromSource) {
            actions.add(PluginAction.REMOVE);
        }
        return Set.copyOf(actions);
    }
}

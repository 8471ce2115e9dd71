package org.ticportal.core.plugin;

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
}

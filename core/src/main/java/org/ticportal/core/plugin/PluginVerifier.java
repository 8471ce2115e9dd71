package org.ticportal.core.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.PolicyApi;
import org.ticportal.policy.api.PolicyProvider;

/**
 * Whether each loaded plugin is usable, and why not: a plugin is started with a check that it really provides a
 * readable policy ({@link PolicyChecks}); one that fails to start or fails the check is stopped and kept with the
 * reason. Each plugin's status names its failure, the plugin API range it requires among them, and a plugin others
 * depend on is not taken down. Works on the {@link PluginRuntime}'s manager under its lock.
 */
final class PluginVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(PluginVerifier.class);

    private final PluginRuntime runtime;
    /** Plugins that loaded but are unusable, with the reason (e.g. no policy extension). */
    private final Map<String, String> unusable = new ConcurrentHashMap<>();

    PluginVerifier(PluginRuntime runtime) {
        this.runtime = runtime;
    }

    /** Starts a loaded plugin and checks that it provides a readable policy; returns whether it runs. */
    boolean start(String pluginId) {
        return runtime.writing(() -> startLocked(pluginId));
    }

    /** {@link #start} for a caller that holds the runtime's write lock. */
    boolean startLocked(String pluginId) {
        PolicyPluginManager manager = runtime.manager();
        unusable.remove(pluginId);
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin == null) {
            return false;
        }
        try {
            manager.startPlugin(pluginId);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Plugin {} failed to start", pluginId, e);
            unusable.put(pluginId, "the plugin failed to start: " + PluginFailures.describe(e));
            return false;
        }
        if (plugin.getPluginState() != PluginState.STARTED) {
            return false;
        }
        String problem = PolicyChecks.check(manager, pluginId);
        if (problem != null) {
            markUnusable(pluginId, problem);
            return false;
        }
        runtime.archive().keep(plugin);
        return true;
    }

    void stop(String pluginId) {
        runtime.writing(() -> {
            PolicyPluginManager manager = runtime.manager();
            unusable.remove(pluginId);
            refuseWhenOthersDependOn(pluginId);
            PluginWrapper plugin = manager.getPlugin(pluginId);
            if (plugin != null && plugin.getPluginState() == PluginState.STARTED) {
                manager.stopPlugin(pluginId);
            }
            return null;
        });
    }

    /** Why the plugin is unusable, or {@code null} when it is not known to be. */
    @Nullable String unusableReason(String pluginId) {
        return unusable.get(pluginId);
    }

    /** Forgets why the plugin was unusable (it is unloaded or removed). */
    void forget(String pluginId) {
        unusable.remove(pluginId);
    }

    /**
     * PF4J unloads a plugin's dependents with it: refuse instead of taking other policies down silently. For a caller
     * that holds the runtime's lock.
     */
    void refuseWhenOthersDependOn(String pluginId) {
        List<String> dependents = runtime.manager().getPlugins().stream()
                .filter(p -> p.getDescriptor().getDependencies().stream()
                        .anyMatch(d -> d.getPluginId().equals(pluginId)))
                .map(PluginWrapper::getPluginId).toList();
        if (!dependents.isEmpty()) {
            throw new PluginInstallException("plugin.hasDependents", pluginId, String.join(", ", dependents));
        }
    }

    private void markUnusable(String pluginId, String reason) {
        unusable.put(pluginId, reason);
        try {
            runtime.manager().stopPlugin(pluginId);
        } catch (RuntimeException e) {
            LOG.warn("Could not stop unusable plugin {}", pluginId, e);
        }
    }

    /** Every plugin, failed ones included, sorted by id. */
    List<PluginInfo> describeAll() {
        return runtime.reading(() -> {
            List<PluginInfo> result = new ArrayList<>();
            for (PluginWrapper plugin : runtime.manager().getPlugins()) {
                result.add(describe(plugin));
            }
            runtime.manager().loadFailures().forEach((path, reason) -> result.add(new PluginInfo(
                    String.valueOf(path.getFileName()), null, null, null, PluginStatus.FAILED, null, null, reason,
                    path.toString(), false)));
            result.sort(Comparator.comparing(PluginInfo::id));
            return result;
        });
    }

    private PluginInfo describe(PluginWrapper plugin) {
        PolicyPluginManager manager = runtime.manager();
        var descriptor = plugin.getDescriptor();
        String id = plugin.getPluginId();
        PluginState state = plugin.getPluginState();
        @Nullable String reason = unusable.get(id);
        PluginStatus status;
        if (reason != null || state == PluginState.FAILED) {
            status = PluginStatus.FAILED;
        } else if (state == PluginState.STARTED) {
            status = PluginStatus.STARTED;
        } else if (state == PluginState.DISABLED && !manager.isPluginValid(plugin)) {
            status = PluginStatus.FAILED;
            reason = "the plugin requires plugin API " + descriptor.getRequires() + " but this portal provides "
                    + PolicyApi.VERSION;
        } else {
            status = PluginStatus.STOPPED;
        }
        if (reason == null && plugin.getFailedException() != null) {
            reason = PluginFailures.describe(plugin.getFailedException());
            status = PluginStatus.FAILED;
        }
        @Nullable String policyId = null;
        @Nullable LocalizedText title = null;
        if (status == PluginStatus.STARTED) {
            try {
                for (PolicyProvider provider : manager.getExtensions(PolicyProvider.class, id)) {
                    policyId = provider.identity().id();
                    title = provider.identity().title();
                    break;
                }
            } catch (RuntimeException | LinkageError e) {
                status = PluginStatus.FAILED;
                reason = PluginFailures.describe(e);
            }
        }
        return new PluginInfo(id, descriptor.getVersion(), descriptor.getRequires(), descriptor.getProvider(),
                status, policyId, title, reason, String.valueOf(plugin.getPluginPath()),
                manager.isDevelopmentFolder(plugin.getPluginPath()));
    }
}

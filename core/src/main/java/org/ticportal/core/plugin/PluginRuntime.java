package org.ticportal.core.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ticportal.core.common.BusinessException;
import org.ticportal.policy.api.PolicyProvider;

/**
 * The running plugins: PF4J's manager, the archived copies of every version that ran (so cases pinned to an older
 * version keep working after an upgrade), and the policies looked up in them. Loading, installing, upgrading and
 * removing plugins while the portal runs is {@link PluginInstaller}'s; starting them, with a check that a plugin really
 * provides a policy and a reason for every failure, {@link PluginVerifier}'s.
 *
 * <p>PF4J's manager is not thread-safe: changes to the set of plugins take the write lock, reads (looking up a policy,
 * describing plugins) the read lock. Providers are looked up at each call and never kept, so a stopped plugin's class
 * loader can be collected.
 */
final class PluginRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRuntime.class);

    private final PolicyPluginManager manager;
    private final PluginArchive archive;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    PluginRuntime(PolicyPluginManager manager, PluginArchive archive) {
        this.manager = manager;
        this.archive = archive;
    }

    /** Runs a read of the plugins (looking up a policy, describing plugins) under the read lock. */
    <T> T reading(Supplier<T> work) {
        return locked(lock.readLock(), work);
    }

    /** Runs a change to the set of plugins under the write lock. */
    <T> T writing(Supplier<T> work) {
        return locked(lock.writeLock(), work);
    }

    private static <T> T locked(Lock l, Supplier<T> work) {
        l.lock();
        try {
            return work.get();
        } finally {
            l.unlock();
        }
    }

    /** PF4J's manager; only under {@link #reading} or {@link #writing}. */
    PolicyPluginManager manager() {
        return manager;
    }

    PluginArchive archive() {
        return archive;
    }

    /**
     * Takes the write lock for the calling thread until it runs the returned release (reentrant: the changes it makes
     * meanwhile take it again). An administrator's start, stop, install or removal holds it until its transaction
     * committed the plugin's new state, so that no {@link PluginInstaller#reconcile} sees the runtime changed and the
     * state not yet.
     */
    Runnable holdChanges() {
        Lock write = lock.writeLock();
        write.lock();
        return write::unlock;
    }

    void shutDown() {
        writing(() -> {
            manager.stopAndUnloadAll();
            archive.closeAll();
            return null;
        });
    }

    /** Whether the plugin comes from the source tree (development mode): it cannot be removed or upgraded here. */
    boolean isDevelopmentFolder(String pluginId) {
        return reading(() -> {
            PluginWrapper plugin = manager.getPlugin(pluginId);
            return plugin != null && manager.isDevelopmentFolder(plugin.getPluginPath());
        });
    }

    @Nullable String version(String pluginId) {
        return reading(() -> {
            PluginWrapper plugin = manager.getPlugin(pluginId);
            return plugin == null ? null : plugin.getDescriptor().getVersion();
        });
    }

    /** The started plugins' policies, each read through a function of the provider. */
    <T> List<T> eachStartedPolicy(PolicyFunction<T> read) {
        return reading(() -> {
            List<T> result = new ArrayList<>();
            for (PluginWrapper plugin : List.copyOf(manager.getStartedPlugins())) {
                String id = plugin.getPluginId();
                try {
                    for (PolicyProvider provider : manager.getExtensions(PolicyProvider.class, id)) {
                        result.add(read.apply(id, plugin.getDescriptor().getVersion(), provider));
                    }
                } catch (RuntimeException | LinkageError e) {
                    LOG.error("Policy plugin {} failed to describe its policy", id, e);
                }
            }
            return result;
        });
    }

    /**
     * Runs a function on the provider of the pinned policy: the running plugin when its version is the pinned one,
     * else the archived copy of that version. Exceptions of the plugin are turned into a
     * {@link PolicyUnavailableException} naming the plugin; the portal's own refusals pass unchanged.
     */
    <T> T withPolicy(PolicyPin pin, Function<PolicyProvider, T> read) {
        return reading(() -> {
            PluginWrapper plugin = manager.getPlugin(pin.pluginId());
            if (plugin != null && plugin.getDescriptor().getVersion().equals(pin.pluginVersion())) {
                if (plugin.getPluginState() != PluginState.STARTED) {
                    // an administrator stopped it: its cases wait until it is started again
                    throw new PolicyUnavailableException("policy.stopped", pin.policyId(), pin.pluginId(),
                            pin.pluginVersion());
                }
                return call(pin, manager.getExtensions(PolicyProvider.class, pin.pluginId()), read);
            }
            List<PolicyProvider> archived = archive.providers(pin.pluginId(), pin.pluginVersion());
            if (archived.isEmpty()) {
                throw new PolicyUnavailableException("policy.unavailable", pin.policyId(), pin.pluginId(),
                        pin.pluginVersion());
            }
            return call(pin, archived, read);
        });
    }

    private static <T> T call(PolicyPin pin, List<PolicyProvider> providers, Function<PolicyProvider, T> read) {
        for (PolicyProvider provider : providers) {
            try {
                if (!provider.identity().id().equals(pin.policyId())) {
                    continue;
                }
                return read.apply(provider);
            } catch (BusinessException e) {
                throw e;
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Policy plugin {} {} failed", pin.pluginId(), pin.pluginVersion(), e);
                throw new PolicyUnavailableException("policy.pluginError", pin.pluginId(), pin.pluginVersion(),
                        PluginFailures.describe(e));
            }
        }
        throw new PolicyUnavailableException("policy.unavailable", pin.policyId(), pin.pluginId(),
                pin.pluginVersion());
    }

    /** Reads a provider of a started plugin. */
    @FunctionalInterface
    interface PolicyFunction<T> {
        T apply(String pluginId, String pluginVersion, PolicyProvider provider);
    }
}

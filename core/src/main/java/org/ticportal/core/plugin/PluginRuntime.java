package org.ticportal.core.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ticportal.core.common.BusinessException;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.PolicyApi;
import org.ticportal.policy.api.PolicyProvider;

/**
 * The running plugins: PF4J's manager plus what the portal adds — a reason for every failure, a check that a plugin
 * really provides a policy, archived copies of every version that ran (so cases pinned to an older version keep
 * working after an upgrade), and install, upgrade and removal while the portal runs.
 *
 * <p>PF4J's manager is not thread-safe: changes to the set of plugins take the write lock, reads (looking up a policy,
 * describing plugins) the read lock. Providers are looked up at each call and never kept, so a stopped plugin's class
 * loader can be collected.
 */
final class PluginRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRuntime.class);

    private final PolicyPluginManager manager;
    private final PluginArchive archive;
    private final Path uploadDir;
    private final Path stagingDir;
    /** Plugins that loaded but are unusable, with the reason (e.g. no policy extension). */
    private final Map<String, String> unusable = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    PluginRuntime(PluginProperties properties, Path dataDir) {
        Path root = properties.dir().toAbsolutePath().normalize();
        this.uploadDir = properties.resolvedUploadDir(dataDir);
        this.stagingDir = dataDir.resolve("plugin-staging");
        RuntimeMode mode = properties.mode() == PluginProperties.Mode.DEVELOPMENT
                ? RuntimeMode.DEVELOPMENT : RuntimeMode.DEPLOYMENT;
        try {
            Files.createDirectories(uploadDir);
        } catch (IOException e) {
            LOG.warn("Cannot create the plugin upload folder {}", uploadDir, e);
        }
        this.manager = new PolicyPluginManager(root, uploadDir, mode, PolicyApi.VERSION);
        this.archive = new PluginArchive(dataDir.resolve("plugin-archive").toAbsolutePath().normalize());
    }

    private <T> T reading(Supplier<T> work) {
        return locked(lock.readLock(), work);
    }

    private <T> T writing(Supplier<T> work) {
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

    Path stagingDir() {
        return stagingDir;
    }

    PluginArchive archive() {
        return archive;
    }

    /** Loads every plugin and starts those not disabled by an administrator. */
    void startUp(Set<String> disabled) {
        writing(() -> {
            LOG.info("Loading policy plugins from {} ({} mode, plugin API {}; uploads in {})",
                    manager.getPluginsRoot(), manager.getRuntimeMode(), PolicyApi.VERSION, uploadDir);
            manager.loadPlugins();
            for (PluginWrapper plugin : List.copyOf(manager.getResolvedPlugins())) {
                if (!disabled.contains(plugin.getPluginId())) {
                    startLocked(plugin.getPluginId());
                }
            }
            return null;
        });
    }

    /**
     * Brings this node in line with the shared plugin folders and the administrators' choices after another node
     * changed them (issue 14): a plugin whose files are gone (removed, or replaced by an upgrade) is archived when it
     * ran, stopped and unloaded; a file no loaded plugin came from (installed, or the upgrade's new version) is loaded;
     * then each plugin runs unless an administrator stopped it. Idempotent: on a node that made the change, or when
     * nothing changed, nothing happens. Development folders of the source tree are left alone.
     *
     * <p>The administrators' choices are read once the write lock is held, not before: a choice read before could be
     * overtaken by a change on this node waiting for the lock (an administrator stopping the plugin), and the
     * reconcile would start it again until the next poll. That change holds the lock until its transaction committed
     * ({@link #holdChanges()}), so what is read here is never older than the runtime's state.
     *
     * @param disabledNow reads the plugins administrators stopped; called once, under the write lock
     * @return what was done, for the log (empty when nothing)
     */
    List<String> reconcile(Supplier<Set<String>> disabledNow) {
        return writing(() -> {
            Set<String> disabled = disabledNow.get();
            List<String> done = new ArrayList<>();
            for (PluginWrapper plugin : List.copyOf(manager.getPlugins())) {
                Path path = plugin.getPluginPath();
                if (manager.isDevelopmentFolder(path) || Files.exists(path)) {
                    continue;
                }
                String id = plugin.getPluginId();
                if (unusable.get(id) == null && plugin.getPluginState() == PluginState.STARTED) {
                    try {
                        archive.keep(plugin);
                    } catch (RuntimeException e) {
                        LOG.warn("Could not archive plugin {} {} before unloading it", id,
                                plugin.getDescriptor().getVersion(), e);
                    }
                }
                try {
                    stopAndUnload(id);
                } catch (RuntimeException e) {
                    LOG.warn("Could not unload plugin {}, whose files are gone", id, e);
                }
                unusable.remove(id);
                done.add("unloaded " + id + " " + plugin.getDescriptor().getVersion());
            }
            for (String id : manager.loadNew()) {
                done.add("loaded " + id + " " + manager.getPlugin(id).getDescriptor().getVersion());
            }
            for (PluginWrapper plugin : List.copyOf(manager.getResolvedPlugins())) {
                String id = plugin.getPluginId();
                boolean running = plugin.getPluginState() == PluginState.STARTED;
                if (disabled.contains(id) && running) {
                    manager.stopPlugin(id);
                    done.add("stopped " + id);
                } else if (!disabled.contains(id) && !running && !unusable.containsKey(id)
                        && plugin.getPluginState() != PluginState.FAILED
                        && plugin.getPluginState() != PluginState.DISABLED) {
                    done.add((startLocked(id) ? "started " : "could not start ") + id);
                }
            }
            return done;
        });
    }

    /**
     * Takes the write lock for the calling thread until it runs the returned release (reentrant: the changes it makes
     * meanwhile take it again). An administrator's start, stop, install or removal holds it until its transaction
     * committed the plugin's new state, so that no {@link #reconcile} sees the runtime changed and the state not yet.
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

    /** Starts a loaded plugin and checks that it provides a readable policy; returns whether it runs. */
    boolean start(String pluginId) {
        return writing(() -> startLocked(pluginId));
    }

    private boolean startLocked(String pluginId) {
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
        archive.keep(plugin);
        return true;
    }

    void stop(String pluginId) {
        writing(() -> {
            unusable.remove(pluginId);
            refuseWhenOthersDependOn(pluginId);
            PluginWrapper plugin = manager.getPlugin(pluginId);
            if (plugin != null && plugin.getPluginState() == PluginState.STARTED) {
                manager.stopPlugin(pluginId);
            }
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

    /**
     * Installs a validated plugin file as {@code <id>-<version>.<ext>}: a new plugin, or a newer version of an installed
     * one. The old version is archived and, when anything fails before the new one runs, put back. Returns the id.
     */
    String install(Path file, String pluginId, String version, boolean startIt) throws IOException {
        return writing(() -> {
            try {
                return installLocked(file, pluginId, version, startIt);
            } catch (IOException e) {
                throw new PluginInstallException("plugin.install.failed", PluginFailures.describe(e));
            }
        });
    }

    private String installLocked(Path file, String pluginId, String version, boolean startIt) throws IOException {
        String name = file.getFileName().toString();
        String extension = name.endsWith(".zip") ? ".zip" : ".jar";
        Path target = uploadDir.resolve(safe(pluginId) + "-" + safe(version) + extension);
        PluginWrapper old = manager.getPlugin(pluginId);
        if (Files.exists(target) || Files.exists(target.resolveSibling(safe(pluginId) + "-" + safe(version)))) {
            throw new PluginInstallException("plugin.install.exists", target.getFileName().toString());
        }
        Path oldSource = old == null ? null : sourceFile(old.getPluginPath());
        if (old != null && oldSource == null) {
            throw new PluginInstallException("plugin.install.fromSource", pluginId);
        }
        if (old != null) {
            refuseWhenOthersDependOn(pluginId);
        }
        Path oldBackup = null;
        if (old != null) {
            archive.keep(old);
            Files.createDirectories(stagingDir);
            oldBackup = Files.createTempFile(stagingDir, "previous-", "-" + oldSource.getFileName());
            Files.copy(oldSource, oldBackup, StandardCopyOption.REPLACE_EXISTING);
            Path oldPath = old.getPluginPath();
            stopAndUnload(pluginId);
            deletePluginFiles(oldPath);
        }
        String failure;
        try {
            // copied under a name the plugin folder's readers ignore, then renamed in one step: another node looking
            // at the shared folder meanwhile sees the whole jar or none (a half-copied one would fail there for good)
            Path partial = target.resolveSibling("." + target.getFileName() + ".part");
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            manager.forgetFailure(target);
            manager.loadPlugin(target);
            if (!startIt || startLocked(pluginId)) {
                if (oldBackup != null) {
                    Files.deleteIfExists(oldBackup);
                }
                return pluginId;
            }
            failure = unusable.getOrDefault(pluginId, "the plugin did not start");
        } catch (IOException | RuntimeException e) {
            LOG.error("Installing plugin {} failed", pluginId, e);
            failure = PluginFailures.describe(e);
        }
        // undo: remove what was put in place, and bring the previous version back
        PluginWrapper failed = manager.getPlugin(pluginId);
        if (failed != null) {
            stopAndUnload(pluginId);
            deletePluginFiles(failed.getPluginPath());
        }
        Files.deleteIfExists(target);
        if (oldBackup == null) {
            throw new PluginInstallException("plugin.install.failed", failure);
        }
        Files.move(oldBackup, oldSource, StandardCopyOption.REPLACE_EXISTING);
        manager.loadPlugin(oldSource);
        startLocked(pluginId);
        throw new PluginInstallException("plugin.install.rolledBack", failure);
    }

    /** The jar or zip a plugin was loaded from, or {@code null} for a development folder. */
    private static @Nullable Path sourceFile(Path pluginPath) {
        if (Files.isRegularFile(pluginPath)) {
            return pluginPath;
        }
        Path zip = pluginPath.resolveSibling(pluginPath.getFileName() + ".zip");
        return Files.isRegularFile(zip) ? zip : null;
    }

    /** Stops, unloads and deletes an uploaded plugin. Its archived versions stay for the cases pinned to them. */
    void remove(String pluginId) throws IOException {
        writing(() -> {
            PluginWrapper plugin = manager.getPlugin(pluginId);
            if (plugin == null) {
                return null;
            }
            Path path = plugin.getPluginPath();
            if (sourceFile(path) == null) {
                throw new PluginInstallException("plugin.remove.fromSource", pluginId);
            }
            refuseWhenOthersDependOn(pluginId);
            if (unusable.get(pluginId) == null && plugin.getPluginState() == PluginState.STARTED) {
                archive.keep(plugin);
            }
            stopAndUnload(pluginId);
            try {
                deletePluginFiles(path);
            } catch (IOException e) {
                throw new PluginInstallException("plugin.install.failed", PluginFailures.describe(e));
            }
            unusable.remove(pluginId);
            return null;
        });
    }

    /** PF4J unloads a plugin's dependents with it: refuse instead of taking other policies down silently. */
    private void refuseWhenOthersDependOn(String pluginId) {
        List<String> dependents = manager.getPlugins().stream()
                .filter(p -> p.getDescriptor().getDependencies().stream()
                        .anyMatch(d -> d.getPluginId().equals(pluginId)))
                .map(PluginWrapper::getPluginId).toList();
        if (!dependents.isEmpty()) {
            throw new PluginInstallException("plugin.hasDependents", pluginId, String.join(", ", dependents));
        }
    }

    private void stopAndUnload(String pluginId) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin != null && plugin.getPluginState() == PluginState.STARTED) {
            manager.stopPlugin(pluginId);
        }
        manager.unloadPlugin(pluginId);
    }

    private static void deletePluginFiles(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            // an expanded zip: remove the folder and the zip it came from
            try (var files = Files.walk(path)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(path.resolveSibling(path.getFileName() + ".zip"));
        } else {
            Files.deleteIfExists(path);
        }
    }

    private void markUnusable(String pluginId, String reason) {
        unusable.put(pluginId, reason);
        try {
            manager.stopPlugin(pluginId);
        } catch (RuntimeException e) {
            LOG.warn("Could not stop unusable plugin {}", pluginId, e);
        }
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

    /** Every plugin, failed ones included, sorted by id. */
    List<PluginInfo> describeAll() {
        return reading(() -> {
            List<PluginInfo> result = new ArrayList<>();
            for (PluginWrapper plugin : manager.getPlugins()) {
                result.add(describe(plugin));
            }
            manager.loadFailures().forEach((path, reason) -> result.add(new PluginInfo(
                    String.valueOf(path.getFileName()), null, null, null, PluginStatus.FAILED, null, null, reason,
                    path.toString(), false)));
            result.sort(Comparator.comparing(PluginInfo::id));
            return result;
        });
    }

    private PluginInfo describe(PluginWrapper plugin) {
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

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Reads a provider of a started plugin. */
    @FunctionalInterface
    interface PolicyFunction<T> {
        T apply(String pluginId, String pluginVersion, PolicyProvider provider);
    }
}

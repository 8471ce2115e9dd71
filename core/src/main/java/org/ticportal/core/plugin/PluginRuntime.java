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
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.PolicyApi;
import org.ticportal.policy.api.PolicyProvider;

/**
 * The running plugins: PF4J's manager plus what the portal adds — a reason for every failure, a check that a plugin
 * really provides a policy, archived copies of every version that ran (so cases pinned to an older version keep
 * working after an upgrade), and install, upgrade and removal while the portal runs.
 *
 * <p>Changes to the set of plugins are serialised on this object. Providers are looked up at each call and never
 * kept, so a stopped plugin's class loader can be collected.
 */
final class PluginRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRuntime.class);

    private final PolicyPluginManager manager;
    private final PluginArchive archive;
    private final Path uploadDir;
    private final Path stagingDir;
    /** Plugins that loaded but are unusable, with the reason (e.g. no policy extension). */
    private final Map<String, String> unusable = new ConcurrentHashMap<>();

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

    /** Loads every plugin and starts those not disabled by an administrator. */
    synchronized void startUp(Set<String> disabled) {
        LOG.info("Loading policy plugins from {} ({} mode, plugin API {}; uploads in {})",
                manager.getPluginsRoot(), manager.getRuntimeMode(), PolicyApi.VERSION, uploadDir);
        manager.loadPlugins();
        for (PluginWrapper plugin : List.copyOf(manager.getResolvedPlugins())) {
            if (!disabled.contains(plugin.getPluginId())) {
                start(plugin.getPluginId());
            }
        }
    }

    synchronized void shutDown() {
        manager.stopAndUnloadAll();
        archive.closeAll();
    }

    /** Starts a loaded plugin and checks that it provides a readable policy; returns whether it runs. */
    synchronized boolean start(String pluginId) {
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

    synchronized void stop(String pluginId) {
        unusable.remove(pluginId);
        if (manager.getPlugin(pluginId) != null && manager.getPlugin(pluginId).getPluginState() == PluginState.STARTED) {
            manager.stopPlugin(pluginId);
        }
    }

    /** Whether the plugin comes from the source tree (development mode): it cannot be removed or upgraded here. */
    synchronized boolean isDevelopmentFolder(String pluginId) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        return plugin != null && manager.isDevelopmentFolder(plugin.getPluginPath());
    }

    synchronized @Nullable String version(String pluginId) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        return plugin == null ? null : plugin.getDescriptor().getVersion();
    }

    synchronized Set<String> pluginIds() {
        return manager.getPlugins().stream().map(PluginWrapper::getPluginId).collect(java.util.stream.Collectors
                .toUnmodifiableSet());
    }

    /**
     * Installs a validated plugin file: a new plugin, or a newer version of an installed one. The old version is
     * archived and, when the new one does not start, put back. Returns the installed plugin's id.
     */
    Path stagingDir() {
        return stagingDir;
    }

    synchronized String install(Path file, String pluginId, boolean startIt) throws IOException {
        PluginWrapper old = manager.getPlugin(pluginId);
        Path oldSource = old == null ? null : sourceFile(old.getPluginPath());
        if (old != null && oldSource == null) {
            throw new PluginInstallException("plugin.install.fromSource", pluginId);
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
        Path target = uploadDir.resolve(file.getFileName().toString());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        manager.forgetFailure(target);
        try {
            manager.loadPlugin(target);
            if (!startIt || start(pluginId)) {
                if (oldBackup != null) {
                    Files.deleteIfExists(oldBackup);
                }
                return pluginId;
            }
            String reason = unusable.getOrDefault(pluginId, "the plugin did not start");
            if (oldBackup != null) {
                PluginWrapper failed = manager.getPlugin(pluginId);
                Path failedPath = failed == null ? target : failed.getPluginPath();
                stopAndUnload(pluginId);
                deletePluginFiles(failedPath);
                Files.move(oldBackup, oldSource, StandardCopyOption.REPLACE_EXISTING);
                manager.loadPlugin(oldSource);
                start(pluginId);
                throw new PluginInstallException("plugin.install.rolledBack", reason);
            }
            return pluginId;
        } catch (PluginInstallException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("Installing plugin {} failed", pluginId, e);
            throw new PluginInstallException("plugin.install.failed", PluginFailures.describe(e));
        }
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
    synchronized void remove(String pluginId) throws IOException {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin == null) {
            return;
        }
        Path path = plugin.getPluginPath();
        if (sourceFile(path) == null) {
            throw new PluginInstallException("plugin.remove.fromSource", pluginId);
        }
        if (unusable.get(pluginId) == null && plugin.getPluginState() == PluginState.STARTED) {
            archive.keep(plugin);
        }
        stopAndUnload(pluginId);
        deletePluginFiles(path);
        unusable.remove(pluginId);
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
    }

    /**
     * Runs a function on the provider of the pinned policy: the running plugin when its version is the pinned one,
     * else the archived copy of that version. Exceptions of the plugin are turned into a
     * {@link PolicyUnavailableException} naming the plugin.
     */
    <T> T withPolicy(PolicyPin pin, Function<PolicyProvider, T> read) {
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
    }

    private static <T> T call(PolicyPin pin, List<PolicyProvider> providers, Function<PolicyProvider, T> read) {
        for (PolicyProvider provider : providers) {
            try {
                if (!provider.identity().id().equals(pin.policyId())) {
                    continue;
                }
                return read.apply(provider);
            } catch (PolicyUnavailableException e) {
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
    synchronized List<PluginInfo> describeAll() {
        List<PluginInfo> result = new ArrayList<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            result.add(describe(plugin));
        }
        manager.loadFailures().forEach((path, reason) -> result.add(new PluginInfo(
                String.valueOf(path.getFileName()), null, null, null, PluginStatus.FAILED, null, null, reason,
                path.toString(), false)));
        result.sort(Comparator.comparing(PluginInfo::id));
        return result;
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

    /** Reads a provider of a started plugin. */
    @FunctionalInterface
    interface PolicyFunction<T> {
        T apply(String pluginId, String pluginVersion, PolicyProvider provider);
    }
}

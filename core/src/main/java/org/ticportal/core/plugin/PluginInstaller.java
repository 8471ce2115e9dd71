package org.ticportal.core.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ticportal.policy.api.PolicyApi;

/**
 * The plugin files and their loading into PF4J: the plugins folder, the upload folder and the staging folder, every
 * plugin loaded at start-up, the shared folders followed after another node changed them, and an administrator's
 * install, upgrade and removal while the portal runs. Builds PF4J's manager over those folders, and with it the
 * {@link PluginRuntime} and its {@link PluginVerifier}, which starts what is loaded.
 */
final class PluginInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(PluginInstaller.class);

    private final PluginRuntime runtime;
    private final PluginVerifier verifier;
    private final Path uploadDir;
    private final Path stagingDir;

    PluginInstaller(PluginProperties properties, Path dataDir) {
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
        this.runtime = new PluginRuntime(new PolicyPluginManager(root, uploadDir, mode, PolicyApi.VERSION),
                new PluginArchive(dataDir.resolve("plugin-archive").toAbsolutePath().normalize()));
        this.verifier = new PluginVerifier(runtime);
    }

    PluginRuntime runtime() {
        return runtime;
    }

    PluginVerifier verifier() {
        return verifier;
    }

    Path stagingDir() {
        return stagingDir;
    }

    /** Loads every plugin and starts those not disabled by an administrator. */
    void startUp(Set<String> disabled) {
        runtime.writing(() -> {
            PolicyPluginManager manager = runtime.manager();
            LOG.info("Loading policy plugins from {} ({} mode, plugin API {}; uploads in {})",
                    manager.getPluginsRoot(), manager.getRuntimeMode(), PolicyApi.VERSION, uploadDir);
            manager.loadPlugins();
            for (PluginWrapper plugin : List.copyOf(manager.getResolvedPlugins())) {
                if (!disabled.contains(plugin.getPluginId())) {
                    verifier.startLocked(plugin.getPluginId());
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
     * ({@link PluginRuntime#holdChanges()}), so what is read here is never older than the runtime's state.
     *
     * @param disabledNow reads the plugins administrators stopped; called once, under the write lock
     * @return what was done, for the log (empty when nothing)
     */
    List<String> reconcile(Supplier<Set<String>> disabledNow) {
        return runtime.writing(() -> {
            PolicyPluginManager manager = runtime.manager();
            Set<String> disabled = disabledNow.get();
            List<String> done = new ArrayList<>();
            for (PluginWrapper plugin : List.copyOf(manager.getPlugins())) {
                Path path = plugin.getPluginPath();
                if (manager.isDevelopmentFolder(path) || Files.exists(path)) {
                    continue;
                }
                String id = plugin.getPluginId();
                if (verifier.unusableReason(id) == null && plugin.getPluginState() == PluginState.STARTED) {
                    try {
                        runtime.archive().keep(plugin);
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
                verifier.forget(id);
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
                } else if (!disabled.contains(id) && !running && verifier.unusableReason(id) == null
                        && plugin.getPluginState() != PluginState.FAILED
                        && plugin.getPluginState() != PluginState.DISABLED) {
                    done.add((verifier.startLocked(id) ? "started " : "could not start ") + id);
                }
            }
            return done;
        });
    }

    /**
     * Installs a validated plugin file as {@code <id>-<version>.<ext>}: a new plugin, or a newer version of an installed
     * one. The old version is archived and, when anything fails before the new one runs, put back. Returns the id.
     */
    String install(Path file, String pluginId, String version, boolean startIt) throws IOException {
        return runtime.writing(() -> {
            try {
                return installLocked(file, pluginId, version, startIt);
            } catch (IOException e) {
                throw new PluginInstallException("plugin.install.failed", PluginFailures.describe(e));
            }
        });
    }

    private String installLocked(Path file, String pluginId, String version, boolean startIt) throws IOException {
        PolicyPluginManager manager = runtime.manager();
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
            verifier.refuseWhenOthersDependOn(pluginId);
        }
        Path oldBackup = null;
        if (old != null) {
            runtime.archive().keep(old);
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
            if (!startIt || verifier.startLocked(pluginId)) {
                if (oldBackup != null) {
                    Files.deleteIfExists(oldBackup);
                }
                return pluginId;
            }
            failure = Objects.requireNonNullElse(verifier.unusableReason(pluginId), "the plugin did not start");
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
        verifier.startLocked(pluginId);
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
        runtime.writing(() -> {
            PluginWrapper plugin = runtime.manager().getPlugin(pluginId);
            if (plugin == null) {
                return null;
            }
            Path path = plugin.getPluginPath();
            if (sourceFile(path) == null) {
                throw new PluginInstallException("plugin.remove.fromSource", pluginId);
            }
            verifier.refuseWhenOthersDependOn(pluginId);
            if (verifier.unusableReason(pluginId) == null && plugin.getPluginState() == PluginState.STARTED) {
                runtime.archive().keep(plugin);
            }
            stopAndUnload(pluginId);
            try {
                deletePluginFiles(path);
            } catch (IOException e) {
                throw new PluginInstallException("plugin.install.failed", PluginFailures.describe(e));
            }
            verifier.forget(pluginId);
            return null;
        });
    }

    private void stopAndUnload(String pluginId) {
        PolicyPluginManager manager = runtime.manager();
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

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}

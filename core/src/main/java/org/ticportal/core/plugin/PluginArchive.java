package org.ticportal.core.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ticportal.policy.api.PolicyApi;
import org.ticportal.policy.api.PolicyProvider;

/**
 * Copies of every plugin version that ran, under {@code <data-dir>/plugin-archive/<id>/<version>/}. A case stays
 * pinned to the version it was filed under; when that version is no longer installed, its copy is loaded here, in a
 * plugin manager of its own, the first time such a case needs it.
 */
final class PluginArchive {

    private static final Logger LOG = LoggerFactory.getLogger(PluginArchive.class);

    private final Path root;
    private final Map<String, PolicyPluginManager> open = new HashMap<>();

    PluginArchive(Path root) {
        this.root = root;
    }

    /** Keeps a copy of a plugin's jar or zip, unless it is a development folder or already kept. */
    void keep(PluginWrapper plugin) {
        Path path = plugin.getPluginPath();
        Path source = Files.isRegularFile(path) ? path : path.resolveSibling(path.getFileName() + ".zip");
        if (!Files.isRegularFile(source)) {
            return;
        }
        Path dir = folder(plugin.getPluginId(), plugin.getDescriptor().getVersion());
        try {
            if (Files.isDirectory(dir)) {
                return;
            }
            // copy beside the archive, then move the whole folder in at once: a half-written copy never counts
            Files.createDirectories(root);
            Path temp = Files.createTempDirectory(root, ".keeping-");
            Files.copy(source, temp.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(dir.getParent());
            Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not archive plugin {} {}", plugin.getPluginId(), plugin.getDescriptor().getVersion(), e);
        }
    }

    /** Whether a copy of the version is kept. */
    boolean has(String pluginId, String version) {
        return Files.isDirectory(folder(pluginId, version));
    }

    /**
     * Whether a file differs from the kept copy of the same plugin version: one version must always mean the same
     * code, or the cases pinned to it would change under them.
     */
    boolean differs(String pluginId, String version, Path file) {
        Path dir = folder(pluginId, version);
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            for (Path kept : files.filter(Files::isRegularFile).toList()) {
                if (Files.mismatch(kept, file) == -1) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    /** The providers of an archived version, loading it on first use; empty when no copy is kept. */
    synchronized List<PolicyProvider> providers(String pluginId, String version) {
        if (!has(pluginId, version)) {
            return List.of();
        }
        String key = pluginId + "@" + version;
        PolicyPluginManager manager = open.get(key);
        if (manager == null) {
            Path dir = folder(pluginId, version);
            manager = new PolicyPluginManager(dir, dir, RuntimeMode.DEPLOYMENT, PolicyApi.VERSION);
            manager.loadPlugins();
            manager.startPlugins();
            open.put(key, manager);
            LOG.info("Loaded archived plugin {} {} for the cases pinned to it", pluginId, version);
        }
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin == null || plugin.getPluginState() != PluginState.STARTED) {
            return List.of();
        }
        return manager.getExtensions(PolicyProvider.class, pluginId);
    }

    /** Unloads every archived version that was loaded. */
    synchronized void closeAll() {
        open.values().forEach(PolicyPluginManager::stopAndUnloadAll);
        open.clear();
    }

    private Path folder(String pluginId, String version) {
        return root.resolve(safe(pluginId)).resolve(safe(version));
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}

package org.ticportal.core.plugin;

import java.io.FileFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DevelopmentPluginLoader;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.CompoundPluginRepository;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DefaultPluginRepository;
import org.pf4j.DevelopmentPluginRepository;
import org.pf4j.JarPluginRepository;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginRepository;
import org.pf4j.PluginWrapper;
import org.pf4j.PropertiesPluginDescriptorFinder;
import org.pf4j.RuntimeMode;
import org.pf4j.util.AndFileFilter;
import org.pf4j.util.DirectoryFileFilter;
import org.pf4j.util.HiddenFilter;
import org.pf4j.util.NotFileFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PF4J's plugin manager, adapted so that one bad plugin never stops the others and every failure keeps its reason.
 *
 * <ul>
 *   <li>A plugin that cannot be loaded (no or broken descriptor, unreadable jar) is remembered with its reason
 *       instead of only being logged.</li>
 *   <li>A plugin that requires another API version is refused with a reason naming both versions.</li>
 *   <li>In development mode the plugins folder's sub-folders that hold a built plugin
 *       ({@code target/classes/plugin.properties}) are loaded from there, so {@code plugins/api} and half-built modules
 *       are ignored; jars in the upload folder are loaded beside them. In deployment mode jars and zips are loaded
 *       from the plugins folder, which is also where uploads go.</li>
 * </ul>
 */
class PolicyPluginManager extends DefaultPluginManager {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyPluginManager.class);
    private static final String DESCRIPTOR = "plugin.properties";
    private static final String DEV_CLASSES = "target/classes";

    private final @Nullable RuntimeMode mode;
    private final Map<Path, String> loadFailures = new LinkedHashMap<>();
    /** A trial of an uploaded file: a file that cannot be loaded is the answer, not an error of the portal. */
    private boolean trial;

    /**
     * @param sourceRoot the plugins folder: built plugin modules in development mode, jars and zips otherwise
     * @param uploadRoot where uploaded plugin files live (the plugins folder itself in deployment mode)
     */
    PolicyPluginManager(Path sourceRoot, Path uploadRoot, RuntimeMode mode, String systemVersion) {
        super(sourceRoot.equals(uploadRoot) ? List.of(sourceRoot) : List.of(sourceRoot, uploadRoot));
        this.mode = mode;
        setSystemVersion(systemVersion);
    }

    /**
     * A manager for the trial of one uploaded file in {@code sandbox}: what cannot be loaded is only recorded in
     * {@link #loadFailures()} (and logged at debug level), since the administrator is shown the reason.
     */
    static PolicyPluginManager trial(Path sandbox, String systemVersion) {
        PolicyPluginManager manager = new PolicyPluginManager(sandbox, sandbox, RuntimeMode.DEPLOYMENT, systemVersion);
        manager.trial = true;
        return manager;
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        // called once from the super constructor, before our field is set
        return mode != null ? mode : super.getRuntimeMode();
    }

    /** Plugin paths that could not be loaded, with the reason. */
    synchronized Map<Path, String> loadFailures() {
        return Map.copyOf(loadFailures);
    }

    synchronized void forgetFailure(Path path) {
        loadFailures.remove(path);
    }

    /**
     * Stops and unloads every plugin, one by one: PF4J's {@code stopPlugins()} fails when a plugin's state changes
     * while it iterates.
     */
    synchronized void stopAndUnloadAll() {
        for (PluginWrapper plugin : List.copyOf(getStartedPlugins())) {
            stopPlugin(plugin.getPluginId());
        }
        unloadPlugins();
    }

    @Override
    public synchronized void loadPlugins() {
        loadFailures.clear();
        List<Path> paths = pluginRepository.getPluginPaths();
        for (Path path : paths) {
            try {
                loadPluginFromPath(path);
            } catch (RuntimeException | LinkageError e) {
                if (trial) {
                    LOG.debug("Uploaded file '{}' is no loadable plugin", path, e);
                } else {
                    LOG.error("Cannot load plugin '{}'", path, e);
                }
                loadFailures.put(path, PluginFailures.describe(e));
            }
        }
        resolvePlugins();
    }

    /**
     * Loads the plugin files of the folders that no loaded plugin came from and that did not fail before: what another
     * portal node installed in the shared upload folder (issue 14). A file that fails is remembered with its reason, as
     * at start-up. Returns the ids loaded.
     */
    synchronized List<String> loadNew() {
        java.util.Set<Path> loaded = new java.util.HashSet<>();
        for (PluginWrapper plugin : getPlugins()) {
            loaded.add(plugin.getPluginPath().toAbsolutePath().normalize());
        }
        List<String> ids = new java.util.ArrayList<>();
        for (Path path : pluginRepository.getPluginPaths()) {
            Path normal = path.toAbsolutePath().normalize();
            if (loaded.contains(normal) || loadFailures.containsKey(path) || loadFailures.containsKey(normal)) {
                continue;
            }
            try {
                ids.add(loadPlugin(path));
            } catch (org.pf4j.PluginAlreadyLoadedException e) {
                // the other version's files are still in place (its node is mid-upgrade): the next look loads it
                LOG.info("Plugin '{}' waits: {}", path, e.getMessage());
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Cannot load plugin '{}'", path, e);
                loadFailures.put(path, PluginFailures.describe(e));
            }
        }
        // a failure whose file is gone (removed on another node) is forgotten
        loadFailures.keySet().removeIf(p -> !Files.exists(p));
        return ids;
    }

    @Override
    protected boolean isPluginValid(PluginWrapper plugin) {
        return getVersionManager().checkVersionConstraint(getSystemVersion(), plugin.getDescriptor().getRequires());
    }

    /** Whether the plugin was loaded from a development folder (a module of the source tree). */
    boolean isDevelopmentFolder(Path pluginPath) {
        return Files.isDirectory(pluginPath) && Files.isRegularFile(pluginPath.resolve(DEV_CLASSES).resolve(DESCRIPTOR));
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        return new CompoundPluginDescriptorFinder()
                .add(new PropertiesPluginDescriptorFinder() {
                    @Override
                    protected Path getPropertiesPath(Path pluginPath, String propertiesFileName) {
                        Path built = pluginPath.resolve(DEV_CLASSES).resolve(propertiesFileName);
                        if (Files.isDirectory(pluginPath) && Files.exists(built)) {
                            return built;
                        }
                        return super.getPropertiesPath(pluginPath, propertiesFileName);
                    }
                })
                .add(new ManifestPluginDescriptorFinder());
    }

    // PF4J's compound repository and loader decide by mode once, inside the super constructor, before our mode is
    // set; these delegates decide at each call instead.

    @Override
    protected PluginRepository createPluginRepository() {
        List<Path> roots = getPluginsRoots();
        Path sourceRoot = roots.get(0);
        Path uploadRoot = roots.get(roots.size() - 1);
        PluginRepository development = new CompoundPluginRepository()
                .add(new BuiltPluginsRepository(List.of(sourceRoot)))
                .add(new JarPluginRepository(uploadRoot))
                .add(new DefaultPluginRepository(uploadRoot));
        PluginRepository deployment = new CompoundPluginRepository()
                .add(new JarPluginRepository(roots))
                .add(new DefaultPluginRepository(roots));
        return new PluginRepository() {
            @Override
            public List<Path> getPluginPaths() {
                List<Path> paths = (isDevelopment() ? development : deployment).getPluginPaths();
                // the upload folder equals the source folder when no upload folder of its own is set
                return paths.stream().distinct().toList();
            }

            @Override
            public boolean deletePluginPath(Path pluginPath) {
                return (isDevelopment() ? development : deployment).deletePluginPath(pluginPath);
            }
        };
    }

    @Override
    protected PluginLoader createPluginLoader() {
        PluginLoader development = new DevelopmentPluginLoader(this);
        PluginLoader jar = new JarPluginLoader(this);
        PluginLoader expanded = new DefaultPluginLoader(this);
        return new PluginLoader() {
            private PluginLoader pick(Path pluginPath) {
                if (isDevelopmentFolder(pluginPath)) {
                    return development;
                }
                return jar.isApplicable(pluginPath) ? jar : expanded;
            }

            @Override
            public boolean isApplicable(Path pluginPath) {
                return pick(pluginPath).isApplicable(pluginPath);
            }

            @Override
            public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
                return pick(pluginPath).loadPlugin(pluginPath, descriptor);
            }
        };
    }

    /** Development mode: sub-folders that hold a built plugin. */
    private static final class BuiltPluginsRepository extends DevelopmentPluginRepository {

        BuiltPluginsRepository(List<Path> roots) {
            super(roots);
            FileFilter built = file -> new java.io.File(file, DEV_CLASSES + "/" + DESCRIPTOR).isFile();
            setFilter(new AndFileFilter(new DirectoryFileFilter())
                    .addFileFilter(new NotFileFilter(new HiddenFilter()))
                    .addFileFilter(built));
        }

        @Override
        public boolean deletePluginPath(Path pluginPath) {
            // a module of the source tree is never deleted from the portal
            return false;
        }
    }
}

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
 *   <li>In development mode only folders holding a built plugin ({@code target/classes/plugin.properties}) count, so
 *       {@code plugins/api} and half-built modules are ignored; the descriptor is read from {@code target/classes}.</li>
 * </ul>
 */
class PolicyPluginManager extends DefaultPluginManager {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyPluginManager.class);
    private static final String DESCRIPTOR = "plugin.properties";
    private static final String DEV_CLASSES = "target/classes";

    private final @Nullable RuntimeMode mode;
    private final Map<Path, String> loadFailures = new LinkedHashMap<>();

    PolicyPluginManager(Path pluginsRoot, RuntimeMode mode, String systemVersion) {
        super(pluginsRoot);
        this.mode = mode;
        setSystemVersion(systemVersion);
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

    @Override
    public synchronized void loadPlugins() {
        loadFailures.clear();
        List<Path> paths = pluginRepository.getPluginPaths();
        for (Path path : paths) {
            try {
                loadPluginFromPath(path);
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Cannot load plugin '{}'", path, e);
                loadFailures.put(path, PluginFailures.describe(e));
            }
        }
        resolvePlugins();
    }

    @Override
    protected boolean isPluginValid(PluginWrapper plugin) {
        return getVersionManager().checkVersionConstraint(getSystemVersion(), plugin.getDescriptor().getRequires());
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
        PluginRepository development = new BuiltPluginsRepository(getPluginsRoots());
        PluginRepository deployment = new CompoundPluginRepository()
                .add(new JarPluginRepository(getPluginsRoots()))
                .add(new DefaultPluginRepository(getPluginsRoots()));
        return new PluginRepository() {
            @Override
            public List<Path> getPluginPaths() {
                return (isDevelopment() ? development : deployment).getPluginPaths();
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
        PluginLoader deployment = new CompoundPluginLoader().add(new JarPluginLoader(this))
                .add(new DefaultPluginLoader(this));
        return new PluginLoader() {
            @Override
            public boolean isApplicable(Path pluginPath) {
                return (isDevelopment() ? development : deployment).isApplicable(pluginPath);
            }

            @Override
            public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
                return (isDevelopment() ? development : deployment).loadPlugin(pluginPath, descriptor);
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
    }
}

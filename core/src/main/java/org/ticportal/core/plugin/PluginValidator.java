package org.ticportal.core.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.PolicyApi;
import org.ticportal.policy.api.PolicyProvider;

/**
 * Checks an uploaded plugin before it is installed: that it is a jar or zip that opens, its descriptor, the API range
 * it requires, its dependencies, and a trial start in a plugin manager of its own, where its whole policy is read once.
 * Each problem is a text in both languages ({@code plugin.problem.*} in core's bundle); a broken file is reported,
 * not logged with a stack trace. The trial folder is removed whatever happens.
 */
final class PluginValidator {

    private final PluginRuntime runtime;

    PluginValidator(PluginRuntime runtime) {
        this.runtime = runtime;
    }

    PluginCandidate validate(String token, Path staged, List<StartedPolicy> running) throws IOException {
        String fileName = staged.getFileName().toString();
        List<LocalizedText> problems = new ArrayList<>();
        if (!fileName.endsWith(".jar") && !fileName.endsWith(".zip")) {
            return refused(token, fileName, CoreMessages.text("plugin.problem.type"));
        }
        switch (Archive.inspect(staged)) {
            case NOT_AN_ARCHIVE -> {
                return refused(token, fileName, CoreMessages.text("plugin.problem.notArchive"));
            }
            case NO_DESCRIPTOR -> {
                return refused(token, fileName, CoreMessages.text("plugin.problem.noDescriptor"));
            }
            case PLUGIN -> {
                // read on
            }
        }
        Path sandbox = Files.createTempDirectory(staged.getParent(), "trial-");
        PolicyPluginManager trial = PolicyPluginManager.trial(sandbox, PolicyApi.VERSION);
        try {
            Files.copy(staged, sandbox.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
            trial.loadPlugins();
            if (!trial.loadFailures().isEmpty()) {
                return refused(token, fileName, CoreMessages.text("plugin.problem.unreadable",
                        String.join("; ", trial.loadFailures().values())));
            }
            if (trial.getPlugins().isEmpty()) {
                return refused(token, fileName, CoreMessages.text("plugin.problem.noDescriptor"));
            }
            PluginWrapper plugin = trial.getPlugins().get(0);
            PluginDescriptor d = plugin.getDescriptor();
            String id = d.getPluginId();
            String installed = runtime.version(id);
            if (installed != null) {
                if (runtime.isDevelopmentFolder(id)) {
                    problems.add(CoreMessages.text("plugin.problem.devFolder", id));
                } else if (trial.getVersionManager().compareVersions(d.getVersion(), installed) <= 0) {
                    problems.add(CoreMessages.text("plugin.problem.notNewer", d.getVersion(), installed));
                }
            }
            if (runtime.archive().differs(id, d.getVersion(), staged)) {
                problems.add(CoreMessages.text("plugin.problem.changedContent", d.getVersion(), id));
            }
            if (!trial.isPluginValid(plugin)) {
                problems.add(CoreMessages.text("plugin.problem.apiRange", d.getRequires(), PolicyApi.VERSION));
            }
            List<String> dependencies = new ArrayList<>();
            for (PluginDependency dep : d.getDependencies()) {
                dependencies.add(dep.getPluginId() + " " + dep.getPluginVersionSupport());
                String present = runtime.version(dep.getPluginId());
                if (present == null && !dep.isOptional()) {
                    problems.add(CoreMessages.text("plugin.problem.dependencyMissing", dep.getPluginId()));
                } else if (present != null
                        && !trial.getVersionManager().checkVersionConstraint(present, dep.getPluginVersionSupport())) {
                    problems.add(CoreMessages.text("plugin.problem.dependencyVersion", dep.getPluginId(),
                            dep.getPluginVersionSupport(), present));
                }
            }
            @Nullable String policyId = null;
            @Nullable LocalizedText title = null;
            if (problems.isEmpty() && dependencies.isEmpty()) {
                try {
                    trial.startPlugin(id);
                } catch (RuntimeException | LinkageError e) {
                    problems.add(CoreMessages.text("plugin.problem.startFailed", PluginFailures.describe(e)));
                }
                if (problems.isEmpty() && plugin.getPluginState() != PluginState.STARTED) {
                    problems.add(CoreMessages.text("plugin.problem.notStarted",
                            plugin.getFailedException() == null ? plugin.getPluginState().toString()
                                    : PluginFailures.describe(plugin.getFailedException())));
                }
                if (problems.isEmpty()) {
                    LocalizedText unloadable = unloadableClass(trial, plugin);
                    if (unloadable != null) {
                        problems.add(unloadable);
                    }
                }
                if (problems.isEmpty()) {
                    String problem = PolicyChecks.check(trial, id);
                    if (problem != null) {
                        problems.add(CoreMessages.text("plugin.problem.policy", problem));
                    } else {
                        PolicyProvider provider = trial.getExtensions(PolicyProvider.class, id).get(0);
                        policyId = provider.identity().id();
                        title = provider.identity().title();
                        for (StartedPolicy p : running) {
                            if (p.policyId().equals(policyId) && !p.pin().pluginId().equals(id)) {
                                problems.add(CoreMessages.text("plugin.problem.policyIdTaken", policyId,
                                        p.pin().pluginId()));
                            }
                        }
                    }
                }
            }
            return new PluginCandidate(token, fileName, id, d.getVersion(), d.getRequires(), d.getProvider(),
                    dependencies, policyId, title, installed, problems);
        } finally {
            trial.stopAndUnloadAll();
            try (var files = Files.walk(sandbox)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static PluginCandidate refused(String token, String fileName, LocalizedText problem) {
        return new PluginCandidate(token, fileName, null, null, null, null, List.of(), null, null, null,
                List.of(problem));
    }

    /**
     * The first extension class of the plugin that cannot be loaded (a damaged class file, a class missing from the
     * jar or one it needs), as a problem; {@code null} when all load. Checked before the policy is read, whose lookup
     * would only log such a class as an error with its stack trace.
     */
    private static @Nullable LocalizedText unloadableClass(PolicyPluginManager trial, PluginWrapper plugin) {
        for (String name : trial.getExtensionClassNames(plugin.getPluginId())) {
            try {
                Class.forName(name, false, plugin.getPluginClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return CoreMessages.text("plugin.problem.classNotLoadable", name, PluginFailures.describe(e));
            }
        }
        return null;
    }

    /** What an uploaded file is, read from its entries before any plugin manager sees it. */
    private enum Archive {
        NOT_AN_ARCHIVE, NO_DESCRIPTOR, PLUGIN;

        static Archive inspect(Path file) throws IOException {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                boolean descriptor = false;
                for (ZipEntry entry : zip.stream().toList()) {
                    String name = entry.getName();
                    if (name.equals("plugin.properties") || name.endsWith("/plugin.properties")) {
                        descriptor = true;
                    } else if (name.endsWith("META-INF/MANIFEST.MF")) {
                        try (var in = zip.getInputStream(entry)) {
                            descriptor |= new Manifest(in).getMainAttributes().getValue("Plugin-Id") != null;
                        }
                    }
                }
                return descriptor ? PLUGIN : NO_DESCRIPTOR;
            } catch (ZipException e) {
                return NOT_AN_ARCHIVE;
            }
        }
    }
}

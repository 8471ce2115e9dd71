package org.ticportal.core.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.PolicyApi;
import org.ticportal.policy.api.PolicyProvider;

/**
 * Checks an uploaded plugin before it is installed: its descriptor, the API range it requires, its dependencies, and
 * a trial start in a plugin manager of its own, where its whole policy is read once.
 */
final class PluginValidator {

    private final PluginRuntime runtime;

    PluginValidator(PluginRuntime runtime) {
        this.runtime = runtime;
    }

    PluginCandidate validate(String token, Path staged, List<StartedPolicy> running) throws IOException {
        String fileName = staged.getFileName().toString();
        List<String> problems = new ArrayList<>();
        if (!fileName.endsWith(".jar") && !fileName.endsWith(".zip")) {
            problems.add("a plugin is a .jar or .zip file");
            return new PluginCandidate(token, fileName, null, null, null, null, List.of(), null, null, null, problems);
        }
        Path sandbox = Files.createTempDirectory(staged.getParent(), "trial-");
        PolicyPluginManager trial = new PolicyPluginManager(sandbox, sandbox, RuntimeMode.DEPLOYMENT, PolicyApi.VERSION);
        try {
            Files.copy(staged, sandbox.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
            trial.loadPlugins();
            if (!trial.loadFailures().isEmpty()) {
                problems.add("the file is not a readable plugin: " + String.join("; ", trial.loadFailures().values()));
                return new PluginCandidate(token, fileName, null, null, null, null, List.of(), null, null, null,
                        problems);
            }
            if (trial.getPlugins().isEmpty()) {
                problems.add("the file holds no plugin descriptor (plugin.properties or MANIFEST.MF)");
                return new PluginCandidate(token, fileName, null, null, null, null, List.of(), null, null, null,
                        problems);
            }
            PluginWrapper plugin = trial.getPlugins().get(0);
            PluginDescriptor d = plugin.getDescriptor();
            String id = d.getPluginId();
            String installed = runtime.version(id);
            if (installed != null) {
                if (runtime.isDevelopmentFolder(id)) {
                    problems.add("plugin " + id + " runs from the source tree and cannot be replaced by an upload");
                } else if (trial.getVersionManager().compareVersions(d.getVersion(), installed) <= 0) {
                    problems.add("version " + d.getVersion() + " is not newer than the installed " + installed);
                }
            }
            if (runtime.archive().differs(id, d.getVersion(), staged)) {
                problems.add("version " + d.getVersion() + " of " + id + " ran before with other content; "
                        + "give the changed plugin a new version");
            }
            if (!trial.isPluginValid(plugin)) {
                problems.add("the plugin requires plugin API " + d.getRequires() + " but this portal provides "
                        + PolicyApi.VERSION);
            }
            List<String> dependencies = new ArrayList<>();
            for (PluginDependency dep : d.getDependencies()) {
                dependencies.add(dep.getPluginId() + " " + dep.getPluginVersionSupport());
                String present = runtime.version(dep.getPluginId());
                if (present == null && !dep.isOptional()) {
                    problems.add("it needs plugin " + dep.getPluginId() + ", which is not installed");
                } else if (present != null
                        && !trial.getVersionManager().checkVersionConstraint(present, dep.getPluginVersionSupport())) {
                    problems.add("it needs plugin " + dep.getPluginId() + " " + dep.getPluginVersionSupport()
                            + " but " + present + " is installed");
                }
            }
            @Nullable String policyId = null;
            @Nullable LocalizedText title = null;
            if (problems.isEmpty() && dependencies.isEmpty()) {
                try {
                    trial.startPlugin(id);
                } catch (RuntimeException | LinkageError e) {
                    problems.add("the plugin failed to start: " + PluginFailures.describe(e));
                }
                if (problems.isEmpty() && plugin.getPluginState() != PluginState.STARTED) {
                    problems.add("the plugin did not start"
                            + (plugin.getFailedException() == null ? ""
                            : ": " + PluginFailures.describe(plugin.getFailedException())));
                }
                if (problems.isEmpty()) {
                    String problem = PolicyChecks.check(trial, id);
                    if (problem != null) {
                        problems.add(problem);
                    } else {
                        PolicyProvider provider = trial.getExtensions(PolicyProvider.class, id).get(0);
                        policyId = provider.identity().id();
                        title = provider.identity().title();
                        for (StartedPolicy p : running) {
                            if (p.policyId().equals(policyId) && !p.pin().pluginId().equals(id)) {
                                problems.add("policy id '" + policyId + "' is already provided by plugin "
                                        + p.pin().pluginId());
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
}

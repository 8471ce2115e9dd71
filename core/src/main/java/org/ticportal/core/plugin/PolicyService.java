package org.ticportal.core.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.PolicyApi;
import org.ticportal.policy.api.PolicyProvider;

/**
 * Loads the policy plugins at start-up, reports their state, and answers which policy is in force.
 *
 * <p>A plugin that cannot be loaded, requires another API version, throws while starting, or provides no
 * {@link PolicyProvider} is shown as failed with its reason; the portal keeps running with the others. Providers are
 * looked up at each call and never kept.
 */
@Service
public class PolicyService {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyService.class);

    private final PluginProperties properties;
    private final AuditService audit;
    private final TransactionTemplate transactions;
    private final PolicyPluginManager manager;
    /** Plugins that loaded but are unusable, with the reason (e.g. no policy extension). */
    private final Map<String, String> unusable = new ConcurrentHashMap<>();

    PolicyService(PluginProperties properties, AuditService audit, TransactionTemplate transactions) {
        this.properties = properties;
        this.audit = audit;
        this.transactions = transactions;
        Path root = properties.dir().toAbsolutePath().normalize();
        RuntimeMode mode = properties.mode() == PluginProperties.Mode.DEVELOPMENT
                ? RuntimeMode.DEVELOPMENT : RuntimeMode.DEPLOYMENT;
        this.manager = new PolicyPluginManager(root, mode, PolicyApi.VERSION);
    }

    @PostConstruct
    void start() {
        LOG.info("Loading policy plugins from {} ({} mode, plugin API {})",
                manager.getPluginsRoot(), manager.getRuntimeMode(), PolicyApi.VERSION);
        manager.loadPlugins();
        manager.startPlugins();
        for (PluginWrapper plugin : manager.getPlugins()) {
            if (plugin.getPluginState() == PluginState.STARTED) {
                checkProvidesPolicy(plugin);
            }
        }
        List<PluginInfo> all = describeAll();
        transactions.executeWithoutResult(tx -> all.forEach(info -> audit.record(AuditSubject.PLUGIN, info.id(),
                "LOADED", null, info.status().name(),
                info.failureReason() != null ? info.failureReason() : info.version() + " @ " + info.location())));
        all.forEach(info -> {
            if (info.status() == PluginStatus.FAILED) {
                LOG.warn("Policy plugin {} failed: {}", info.id(), info.failureReason());
            } else {
                LOG.info("Policy plugin {} {} is {}", info.id(), info.version(), info.status());
            }
        });
    }

    private void checkProvidesPolicy(PluginWrapper plugin) {
        String id = plugin.getPluginId();
        try {
            List<PolicyProvider> providers = manager.getExtensions(PolicyProvider.class, id);
            if (providers.isEmpty()) {
                markUnusable(id, "the plugin provides no " + PolicyProvider.class.getSimpleName()
                        + " extension (is META-INF/extensions.idx missing?)");
                return;
            }
            for (PolicyProvider provider : providers) {
                provider.identity();
                provider.catalogs();
            }
        } catch (RuntimeException | LinkageError e) {
            markUnusable(id, "the policy could not be read: " + PluginFailures.describe(e));
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

    @PreDestroy
    void stop() {
        // stop one by one: PF4J's stopPlugins() fails when a plugin's state changes while it iterates
        for (PluginWrapper plugin : List.copyOf(manager.getStartedPlugins())) {
            manager.stopPlugin(plugin.getPluginId());
        }
        manager.unloadPlugins();
    }

    /** Every plugin in the plugins folder, failed ones included, sorted by id. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<PluginInfo> plugins() {
        return describeAll();
    }

    /** The policy used for new work: the configured one, or else the first started policy. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ActivePolicy> activePolicy() {
        return findActivePolicy();
    }

    /** The active policy, for code running without a logged-in user (start-up, demo data). */
    public Optional<ActivePolicy> findActivePolicy() {
        List<ActivePolicy> started = startedPolicies();
        String wanted = properties.activePolicy();
        if (wanted != null && !wanted.isBlank()) {
            return started.stream().filter(p -> p.identity().id().equals(wanted)).findFirst();
        }
        return started.stream().findFirst();
    }

    private List<ActivePolicy> startedPolicies() {
        List<ActivePolicy> result = new ArrayList<>();
        for (PluginWrapper plugin : manager.getStartedPlugins()) {
            for (PolicyProvider provider : manager.getExtensions(PolicyProvider.class, plugin.getPluginId())) {
                try {
                    result.add(new ActivePolicy(plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                            provider.identity(), provider.catalogs()));
                } catch (RuntimeException | LinkageError e) {
                    LOG.error("Policy plugin {} failed to describe its policy", plugin.getPluginId(), e);
                }
            }
        }
        result.sort(Comparator.comparing(p -> p.identity().id()));
        return result;
    }

    private List<PluginInfo> describeAll() {
        List<PluginInfo> result = new ArrayList<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            result.add(describe(plugin));
        }
        manager.loadFailures().forEach((path, reason) -> result.add(new PluginInfo(
                String.valueOf(path.getFileName()), null, null, null, PluginStatus.FAILED, null, null, reason,
                path.toString())));
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
            for (PolicyProvider provider : manager.getExtensions(PolicyProvider.class, id)) {
                try {
                    policyId = provider.identity().id();
                    title = provider.identity().title();
                } catch (RuntimeException | LinkageError e) {
                    status = PluginStatus.FAILED;
                    reason = PluginFailures.describe(e);
                }
                break;
            }
        }
        return new PluginInfo(id, descriptor.getVersion(), descriptor.getRequires(), descriptor.getProvider(),
                status, policyId, title, reason, String.valueOf(plugin.getPluginPath()));
    }
}

package org.ticportal.core.plugin;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.ClusterChanged;
import org.ticportal.core.common.ClusterChanges;
import org.ticportal.policy.api.PolicyProvider;

/**
 * Core's access to the policies of the running plugins, for other core services (the workflow, forms, settings).
 * Views never use it: they call the services, which check roles and scope first.
 *
 * <p>A provider is handed only to a function and never kept, so that a plugin can be stopped and its class loader
 * collected. Whatever the function returns must be made of API values (records, enums, strings), not of the plugin's
 * own objects: rules and mappings are used inside the function.
 */
@Component
public class PolicyProviders {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyProviders.class);

    private final PluginInstaller installer;
    private final PluginRuntime runtime;
    private final PluginVerifier verifier;
    private final PluginStateRepository states;
    private final AuditService audit;
    private final TransactionTemplate transactions;

    PolicyProviders(PluginProperties properties, @Value("${ticportal.data-dir:data}") Path dataDir,
                    PluginStateRepository states, AuditService audit, TransactionTemplate transactions) {
        this.installer = new PluginInstaller(properties, dataDir.toAbsolutePath().normalize());
        this.runtime = installer.runtime();
        this.verifier = installer.verifier();
        this.states = states;
        this.audit = audit;
        this.transactions = transactions;
    }

    @PostConstruct
    void start() {
        installer.startUp(disabled());
        List<PluginInfo> all = verifier.describeAll();
        transactions.executeWithoutResult(tx -> all.forEach(info -> audit.record(AuditSubject.PLUGIN, info.id(),
                AuditAction.LOADED, null, info.status().name(),
                info.failureReason() != null ? info.failureReason() : info.version() + " @ " + info.location())));
        all.forEach(info -> {
            if (info.status() == PluginStatus.FAILED) {
                LOG.warn("Policy plugin {} failed: {}", info.id(), info.failureReason());
            } else {
                LOG.info("Policy plugin {} {} is {}", info.id(), info.version(), info.status());
            }
        });
    }

    /** The administrators' choices: the plugins they stopped. */
    private Set<String> disabled() {
        Set<String> disabled = transactions.execute(tx -> disabledIn());
        return disabled == null ? Set.of() : disabled;
    }

    /** The same, in the caller's transaction. */
    private Set<String> disabledIn() {
        return states.findAll().stream().filter(s -> !s.isEnabled()).map(PluginState::getPluginId)
                .collect(Collectors.toSet());
    }

    /**
     * Another node installed, upgraded, removed, started or stopped a plugin (issue 14): this node reloads from the
     * shared plugins folder and the plugin states in the database, without a restart. Idempotent (this node's own
     * changes find nothing to do).
     *
     * <p>In one transaction begun before the runtime's lock is taken: the reconcile reads the states under the lock
     * (see {@link PluginInstaller#reconcile}), and a connection taken while holding it could wait for a pool that
     * requests waiting for the lock have emptied.
     */
    @EventListener
    void onClusterChange(ClusterChanged change) {
        if (!ClusterChanges.PLUGINS.equals(change.topic())) {
            return;
        }
        List<String> done = transactions.execute(tx -> installer.reconcile(this::disabledIn));
        if (done != null && !done.isEmpty()) {
            LOG.info("Policy plugins changed on another node (generation {}): {}", change.generation(), done);
        }
    }

    @PreDestroy
    void stop() {
        runtime.shutDown();
    }

    PluginRuntime runtime() {
        return runtime;
    }

    PluginInstaller installer() {
        return installer;
    }

    PluginVerifier verifier() {
        return verifier;
    }

    /** The policies of the running plugins, sorted by policy id. */
    public List<StartedPolicy> started() {
        List<StartedPolicy> result = runtime.eachStartedPolicy((pluginId, version, provider) -> new StartedPolicy(
                new PolicyPin(provider.identity().id(), pluginId, version), provider.identity(), provider.catalogs()));
        return result.stream().sorted(Comparator.comparing(StartedPolicy::policyId)).toList();
    }

    /** The running policy with this id. */
    public Optional<StartedPolicy> current(String policyId) {
        return started().stream().filter(p -> p.policyId().equals(policyId)).findFirst();
    }

    /**
     * Reads the pinned policy: the running plugin when it is the pinned version, else the archived copy of that
     * version.
     *
     * @throws PolicyUnavailableException when neither runs, or the plugin throws (the message names the plugin)
     */
    public <T> T read(PolicyPin pin, Function<PolicyProvider, T> read) {
        return runtime.withPolicy(pin, read);
    }

    /** Reads the running policy with this id. */
    public <T> T readCurrent(String policyId, Function<PolicyProvider, T> read) {
        PolicyPin pin = current(policyId).map(StartedPolicy::pin)
                .orElseThrow(() -> new PolicyUnavailableException("policy.notRunning", policyId));
        return read(pin, read);
    }
}

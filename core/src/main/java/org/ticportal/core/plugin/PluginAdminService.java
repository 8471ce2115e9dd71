package org.ticportal.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.ClusterChanges;

/**
 * What administrators do with plugins while the portal runs: upload and validate a plugin, install or upgrade it,
 * start, stop and remove it. Whether a plugin runs survives restarts; every action is recorded in its history. Every
 * change bumps {@link ClusterChanges#PLUGINS}, so that the other portal nodes reload from the shared plugins folder.
 */
@Service
public class PluginAdminService {

    /** The largest plugin file accepted, checked on the server whatever the browser was told. */
    public static final long MAX_PLUGIN_BYTES = 50L * 1024 * 1024;

    private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");

    private final PolicyProviders providers;
    private final PluginStateRepository states;
    private final AuditService audit;
    private final Clock clock;
    private final ClusterChanges changes;

    PluginAdminService(PolicyProviders providers, PluginStateRepository states, AuditService audit, Clock clock,
                       ClusterChanges changes) {
        this.changes = changes;
        this.providers = providers;
        this.states = states;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Keeps an uploaded file aside and validates it: descriptor, API range, dependencies, and a trial start in which
     * the whole policy is read. Nothing is installed yet.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public PluginCandidate validate(String fileName, InputStream content) {
        String name = Path.of(fileName.replace('\\', '/')).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        String token = UUID.randomUUID().toString();
        try {
            Path dir = Files.createDirectories(providers.installer().stagingDir().resolve(token));
            Path staged = dir.resolve(name);
            long size;
            try (var out = Files.newOutputStream(staged)) {
                size = copyAtMost(content, out, MAX_PLUGIN_BYTES);
            }
            if (size < 0) {
                deleteStaged(token);
                throw BusinessException.onField("file", "plugin.upload.tooLarge", MAX_PLUGIN_BYTES / 1024 / 1024);
            }
            PluginCandidate candidate = new PluginValidator(providers.runtime()).validate(token, staged,
                    providers.started());
            audit.record(AuditSubject.PLUGIN, candidate.pluginId() == null ? name : candidate.pluginId(),
                    AuditAction.VALIDATED, null, candidate.version(),
                    candidate.installable() ? name : name + ": " + candidate.problemsText().en());
            return candidate;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Installs (or upgrades to) a validated upload and starts it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(noRollbackFor = PluginInstallException.class)
    public PluginInfo install(String token) {
        if (!TOKEN.matcher(token).matches()) {
            throw new BusinessException("plugin.upload.unknown");
        }
        Path dir = providers.installer().stagingDir().resolve(token);
        try (var files = Files.list(dir)) {
            Path staged = files.filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new BusinessException("plugin.upload.unknown"));
            // validate again: another administrator may have installed something meanwhile
            PluginCandidate candidate = new PluginValidator(providers.runtime()).validate(token, staged,
                    providers.started());
            if (!candidate.installable()) {
                throw new BusinessException("plugin.upload.invalid", candidate.problemsText());
            }
            String id = candidate.pluginId();
            holdRuntimeUntilCommit();
            try {
                providers.installer().install(staged, id, candidate.version(), true);
            } catch (PluginInstallException e) {
                audit.record(AuditSubject.PLUGIN, id, candidate.isUpgrade() ? AuditAction.UPGRADE_FAILED : AuditAction.INSTALL_FAILED,
                        candidate.installedVersion(), candidate.version(), e.getMessage());
                throw e;
            }
            saveState(id, true);
            changes.bump(ClusterChanges.PLUGINS);
            audit.record(AuditSubject.PLUGIN, id, candidate.isUpgrade() ? AuditAction.UPGRADED : AuditAction.INSTALLED,
                    candidate.installedVersion(), candidate.version(), candidate.fileName());
            return info(id);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BusinessException("plugin.upload.unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteStaged(token);
        }
    }

    /** Discards a validated upload the administrator does not install. */
    @PreAuthorize("hasRole('ADMIN')")
    public void discard(String token) {
        if (TOKEN.matcher(token).matches()) {
            deleteStaged(token);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PluginInfo start(String pluginId) {
        holdRuntimeUntilCommit();
        PluginInfo before = info(pluginId);
        boolean started = providers.verifier().start(pluginId);
        saveState(pluginId, true);
        changes.bump(ClusterChanges.PLUGINS);
        PluginInfo after = info(pluginId);
        audit.record(AuditSubject.PLUGIN, pluginId, AuditAction.STARTED, before.status().name(), after.status().name(),
                started ? before.version() : after.failureReason());
        return after;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PluginInfo stop(String pluginId) {
        holdRuntimeUntilCommit();
        PluginInfo before = info(pluginId);
        providers.verifier().stop(pluginId);
        saveState(pluginId, false);
        changes.bump(ClusterChanges.PLUGINS);
        PluginInfo after = info(pluginId);
        audit.record(AuditSubject.PLUGIN, pluginId, AuditAction.STOPPED, before.status().name(), after.status().name(),
                before.version());
        return after;
    }

    /** Removes an uploaded plugin. Cases filed under it keep working from its archived copy. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void remove(String pluginId) {
        holdRuntimeUntilCommit();
        PluginInfo before = info(pluginId);
        try {
            providers.installer().remove(pluginId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        states.deleteById(pluginId);
        changes.bump(ClusterChanges.PLUGINS);
        audit.record(AuditSubject.PLUGIN, pluginId, AuditAction.REMOVED, before.status().name(), null, before.version());
    }

    /**
     * Keeps the other threads' plugin changes out until this transaction ended: a node's poll reconciling meanwhile
     * would otherwise find the runtime changed but the plugin's state not yet committed, and undo the change (start a
     * plugin just stopped, stop one just started) until its next poll.
     */
    private void holdRuntimeUntilCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Runnable release = providers.runtime().holdChanges();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                release.run();
            }
        });
    }

    private PluginInfo info(String pluginId) {
        return providers.verifier().describeAll().stream().filter(p -> p.id().equals(pluginId)).findFirst()
                .orElseThrow(() -> new BusinessException("plugin.notFound", (Object) pluginId));
    }

    private void saveState(String pluginId, boolean enabled) {
        String actor = AuditService.currentActor();
        PluginState state = states.findById(pluginId).orElse(null);
        if (state == null) {
            states.save(new PluginState(pluginId, enabled, clock.instant(), actor));
        } else {
            state.set(enabled, clock.instant(), actor);
        }
    }

    private void deleteStaged(String token) {
        Path dir = providers.installer().stagingDir().resolve(token);
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a left-over staging folder is harmless: nothing reads it without its token
            org.slf4j.LoggerFactory.getLogger(PluginAdminService.class).debug("Cannot delete {}", dir, e);
        }
    }

    /** Copies up to {@code limit} bytes; returns the number copied, or -1 when the input is longer. */
    private static long copyAtMost(InputStream in, java.io.OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > limit) {
                return -1;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** The plugins, for the administrators' screen (same as {@link PolicyService#plugins()}). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<PluginInfo> plugins() {
        return providers.verifier().describeAll();
    }
}

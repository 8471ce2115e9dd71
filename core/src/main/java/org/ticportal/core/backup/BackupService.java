package org.ticportal.core.backup;

import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.db.EmbeddedMariaDb;
import org.springframework.core.env.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.plugin.PluginProperties;

/**
 * Backups of everything the portal keeps, taken while it runs (备份). One archive holds:
 * <ul>
 *   <li>the database, dumped by {@code mariadb-dump --single-transaction}: one consistent snapshot, taken without
 *       stopping anyone (InnoDB), with the credentials of the portal's own DataSource;</li>
 *   <li>then the attachments folder. An attachment's file is moved into place before its row commits and is never
 *       rewritten or deleted afterwards (removing an attachment only marks its row), so every file a row of the
 *       snapshot names is on disk when the files are copied after the dump; a file uploaded after the snapshot is
 *       copied too or not, and is harmless either way (no row of the snapshot names it);</li>
 *   <li>the archived plugin versions ({@code <data-dir>/plugin-archive}, which cases pinned to an old version need)
 *       and the plugin jars and zips in the upload folder;</li>
 *   <li>a {@link BackupManifest} with the portal and schema versions, counts and the SHA-256 of every entry.</li>
 * </ul>
 * One backup runs at a time. Archives go to {@code ticportal.backup.dir} ({@code <data-dir>/backups}); after each
 * backup only the newest {@code ticportal.backup.keep} are kept. Restoring is an operator's action at start-up
 * ({@link RestoreOnStart}).
 *
 * <p>This class takes backups; the backups folder and its retention are {@link BackupFolder}'s, listing, downloading
 * and checking archives {@link BackupCatalog}'s.
 */
@Service
public class BackupService {

    /** The prefix of every archive's file name; the rest is the time it was taken. */
    public static final String PREFIX = "ticportal-backup-";

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<Flyway> flyway;
    private final AuditService audit;
    private final Clock clock;
    private final Executor executor;
    private final Path dataDir;
    private final Path uploadDir;
    private final MariaDbClients clients;
    private final BackupFolder folder;
    private final BackupRuns runs;

    BackupService(DataSource dataSource, ObjectProvider<Flyway> flyway, AuditService audit, Clock clock,
                  BackupFolder folder, BackupRuns runs, PluginProperties plugins,
                  @Value("${ticportal.data-dir:data}") Path dataDir, Environment environment,
                  @Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.flyway = flyway;
        this.audit = audit;
        this.clock = clock;
        this.executor = executor.getIfAvailable(() -> new SimpleAsyncTaskExecutor("backup-"));
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.folder = folder;
        this.runs = runs;
        this.uploadDir = plugins.resolvedUploadDir(this.dataDir);
        this.clients = new MariaDbClients(EmbeddedMariaDb.binariesFolder(this.dataDir, environment::getProperty));
    }

    /**
     * Starts a backup in the background.
     *
     * @return the running backup: its name, progress and result
     * @throws BackupRefusedException {@code backup.running} while another runs, {@code backup.noClient} when no
     *                                {@code mariadb-dump} can be found
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    public RunningBackup start() {
        clients.find(MariaDbClients.DUMP);
        Instant now = clock.instant();
        RunningBackup running = new RunningBackup(folder.freeName(now), AuditService.currentActor(), now);
        RunningBackup before = runs.current();
        if (before != null && !before.isDone() || !runs.replace(before, running)) {
            throw new BackupRefusedException("backup.running", before == null ? "" : before.name());
        }
        audit.record(AuditSubject.BACKUP, running.name(), AuditAction.BACKUP_STARTED, null, BackupStatus.RUNNING.name(), null);
        Runnable work = () -> {
            try {
                running.complete(write(running));
            } catch (RuntimeException | Error e) {
                LOG.warn("Backup {} failed", running.name(), e);
                failed(running, e);
                running.fail(e);
            }
        };
        try {
            executor.execute(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
        } catch (RejectedExecutionException e) {
            failed(running, e);
            running.fail(e);
        }
        return running;
    }

    /** The backup running now, if any. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<RunningBackup> running() {
        return Optional.ofNullable(runs.current()).filter(r -> !r.isDone());
    }

    private BackupResult write(RunningBackup running) {
        long startNanos = System.nanoTime();
        Path backupsDir = folder.dir();
        try {
            BackupArchive.ownerOnlyFolder(backupsDir);
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("applications", count("recognition_application"));
            counts.put("attachments", count("attachment"));
            counts.put("users", count("app_user"));
            String schema = schemaVersion();
            Instant snapshotAt = clock.instant();
            Path dump = Files.createTempFile(backupsDir, ".dump-", ".sql");
            Path target = backupsDir.resolve(running.name());
            try (BackupArchive.Writer archive = new BackupArchive.Writer(target)) {
                clients.dump(DatabaseTarget.of(dataSource), dump);
                archive.add(BackupArchive.DUMP, dump);
                Files.delete(dump);

                Map<String, Path> files = new LinkedHashMap<>();
                collect(files, BackupArchive.ATTACHMENTS, dataDir.resolve("attachments"), true);
                collect(files, BackupArchive.PLUGIN_ARCHIVE, dataDir.resolve("plugin-archive"), true);
                collect(files, BackupArchive.PLUGINS, uploadDir, false);
                long total = files.size();
                running.step(new BackupProgress(BackupProgress.Phase.FILES, 0, total));
                long done = 0;
                long attachmentFiles = 0;
                for (Map.Entry<String, Path> file : files.entrySet()) {
                    if (archive.add(file.getKey(), file.getValue())
                            && file.getKey().startsWith(BackupArchive.ATTACHMENTS)) {
                        attachmentFiles++;
                    }
                    running.step(new BackupProgress(BackupProgress.Phase.FILES, ++done, total));
                }
                counts.put("attachmentFiles", attachmentFiles);
                BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, portalVersion(), schema,
                        snapshotAt, running.startedBy(), counts, archive.entries());
                archive.finish(manifest);
                long size = Files.size(target);
                Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
                audit.record(AuditSubject.BACKUP, running.name(), AuditAction.BACKED_UP, BackupStatus.RUNNING.name(),
                        BackupStatus.COMPLETE.name(), size + " bytes in " + took.toMillis() + " ms; "
                                + BackupCatalog.counts(counts));
                LOG.info("Backup {} written: {} bytes, {} files, {} ms", target, size, manifest.entries().size(),
                        took.toMillis());
                folder.prune();
                return new BackupResult(target, manifest, size, took);
            } finally {
                Files.deleteIfExists(dump);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write backup " + running.name() + " to " + backupsDir, e);
        }
    }

    /** Every regular file under a folder, by its name in the archive; temporary files and folders are left out. */
    private static void collect(Map<String, Path> files, String prefix, Path folder, boolean deep) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Path root = folder.toAbsolutePath().normalize();
        try (Stream<Path> walk = deep ? Files.walk(root) : Files.list(root)) {
            walk.filter(Files::isRegularFile).sorted().forEach(f -> {
                String relative = root.relativize(f).toString().replace('\\', '/');
                boolean temporary = relative.startsWith("tmp/") || relative.startsWith(".")
                        || relative.contains("/.") || relative.endsWith(".part");
                boolean plugin = deep || relative.endsWith(".jar") || relative.endsWith(".zip");
                if (!temporary && plugin) {
                    files.put(prefix + relative, f);
                }
            });
        }
    }

    private long count(String table) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }

    private String schemaVersion() {
        Flyway f = flyway.getIfAvailable();
        MigrationInfo applied = f == null ? null : f.info().current();
        if (applied == null || applied.getVersion() == null) {
            throw new IllegalStateException("The database has no Flyway schema version");
        }
        return applied.getVersion().getVersion();
    }

    private void failed(RunningBackup running, Throwable error) {
        String reason = error instanceof BackupRefusedException r ? r.getMessage() : error.toString();
        runs.failed(new BackupInfo(running.name(), BackupStatus.FAILED, running.startedAt(),
                running.startedBy(), 0, null, reason));
        try {
            audit.record(AuditSubject.BACKUP, running.name(), AuditAction.BACKUP_FAILED, BackupStatus.RUNNING.name(),
                    BackupStatus.FAILED.name(), abbreviate(reason));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the failure of backup {}", running.name(), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 900 ? text : text.substring(0, 900) + "...";
    }

    /** The portal's version, from the core jar's Maven metadata ({@code development} when run from classes). */
    static String portalVersion() {
        try (InputStream in = BackupService.class.getResourceAsStream(
                "/META-INF/maven/org.ticportal/tic-portal-core/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "development");
            }
        } catch (IOException e) {
            LOG.debug("No version in the core jar", e);
        }
        String implementation = BackupService.class.getPackage().getImplementationVersion();
        return implementation != null ? implementation : "development";
    }
}

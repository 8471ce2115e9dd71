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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
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
 */
@Service
public class BackupService {

    /** The prefix of every archive's file name; the rest is the time it was taken. */
    public static final String PREFIX = "ticportal-backup-";

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final Pattern ARCHIVE_NAME = Pattern.compile(Pattern.quote(PREFIX) + "[0-9]{8}-[0-9]{6}(-[0-9]+)?\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int FAILURES_SHOWN = 5;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<Flyway> flyway;
    private final AuditService audit;
    private final Clock clock;
    private final Executor executor;
    private final Path dataDir;
    private final Path backupsDir;
    private final Path uploadDir;
    private final int keep;
    private final MariaDbClients clients;
    private final AtomicReference<@Nullable RunningBackup> current = new AtomicReference<>();
    private final List<BackupInfo> failures = new CopyOnWriteArrayList<>();

    BackupService(DataSource dataSource, ObjectProvider<Flyway> flyway, AuditService audit, Clock clock,
                  BackupProperties properties, PluginProperties plugins,
                  @Value("${ticportal.data-dir:data}") Path dataDir, Environment environment,
                  @Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.flyway = flyway;
        this.audit = audit;
        this.clock = clock;
        this.executor = executor.getIfAvailable(() -> new SimpleAsyncTaskExecutor("backup-"));
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.backupsDir = properties.resolvedDir(this.dataDir);
        this.uploadDir = plugins.resolvedUploadDir(this.dataDir);
        this.keep = properties.keep();
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
        RunningBackup running = new RunningBackup(freeName(now), AuditService.currentActor(), now);
        RunningBackup before = current.get();
        if (before != null && !before.isDone() || !current.compareAndSet(before, running)) {
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
        return Optional.ofNullable(current.get()).filter(r -> !r.isDone());
    }

    /**
     * The backups, newest first: the one running, failed runs since the portal started, then the archives in the
     * backups folder (read from their manifests).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<BackupInfo> list(Pageable pageable) {
        List<BackupInfo> all = all();
        int from = (int) Math.min(pageable.isPaged() ? pageable.getOffset() : 0, all.size());
        int to = pageable.isPaged() ? Math.min(from + pageable.getPageSize(), all.size()) : all.size();
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    /** How many backups {@link #list} shows. */
    @PreAuthorize("hasRole('ADMIN')")
    public int count() {
        return all().size();
    }

    /**
     * An archive to download; the download is recorded (the archive holds every account's password hash).
     *
     * @throws BackupRefusedException {@code backup.notFound} for a name that is no archive in the backups folder
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Path download(String name) {
        Path file = archive(name);
        audit.record(AuditSubject.BACKUP, name, AuditAction.DOWNLOADED, null, null, null);
        return file;
    }

    /**
     * Checks an archive in full: every entry against its checksum in the manifest.
     *
     * @return its manifest
     * @throws BackupRefusedException naming what does not match
     */
    @PreAuthorize("hasRole('ADMIN')")
    public BackupManifest verify(String name) {
        return BackupArchive.verify(archive(name));
    }

    /** @return the folder archives are written to */
    @PreAuthorize("hasRole('ADMIN')")
    public Path folder() {
        return backupsDir;
    }

    private Path archive(String name) {
        Path file = backupsDir.resolve(name).normalize();
        if (!ARCHIVE_NAME.matcher(name).matches() || !file.getParent().equals(backupsDir) || !Files.isRegularFile(file)) {
            throw new BackupRefusedException("backup.notFound", name);
        }
        return file;
    }

    private List<BackupInfo> all() {
        List<BackupInfo> rows = new ArrayList<>();
        RunningBackup running = current.get();
        if (running != null && !running.isDone()) {
            rows.add(new BackupInfo(running.name(), BackupStatus.RUNNING, running.startedAt(), running.startedBy(),
                    0, null, null));
        }
        List<BackupInfo> stored = new ArrayList<>(failures);
        for (Path file : archives()) {
            stored.add(info(file));
        }
        stored.sort(Comparator.comparing(BackupInfo::createdAt).reversed());
        rows.addAll(stored);
        return rows;
    }

    private List<Path> archives() {
        if (!Files.isDirectory(backupsDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backupsDir)) {
            return files.filter(f -> ARCHIVE_NAME.matcher(f.getFileName().toString()).matches())
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + backupsDir, e);
        }
    }

    private static BackupInfo info(Path file) {
        String name = file.getFileName().toString();
        long size;
        Instant modified;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return new BackupInfo(name, BackupStatus.DAMAGED, Instant.EPOCH, null, 0, null, e.toString());
        }
        try {
            BackupManifest m = BackupArchive.readManifest(file);
            return new BackupInfo(name, BackupStatus.COMPLETE, m.createdAt(), m.createdBy(), size, m.schemaVersion(),
                    counts(m.counts()));
        } catch (BackupRefusedException e) {
            return new BackupInfo(name, BackupStatus.DAMAGED, modified, null, size, null, e.getMessage());
        }
    }

    private static String counts(Map<String, Long> counts) {
        StringBuilder s = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> s.append(s.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()));
        return s.toString();
    }

    private String freeName(Instant now) {
        String stamp = STAMP.format(now.atZone(ZoneId.systemDefault()));
        String name = PREFIX + stamp + ".zip";
        for (int i = 2; Files.exists(backupsDir.resolve(name)) || Files.exists(backupsDir.resolve(name + ".part")); i++) {
            name = PREFIX + stamp + "-" + i + ".zip";
        }
        return name;
    }

    private BackupResult write(RunningBackup running) {
        long startNanos = System.nanoTime();
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
                        BackupStatus.COMPLETE.name(), size + " bytes in " + took.toMillis() + " ms; " + counts(counts));
                LOG.info("Backup {} written: {} bytes, {} files, {} ms", target, size, manifest.entries().size(),
                        took.toMillis());
                prune();
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
        failures.addFirst(new BackupInfo(running.name(), BackupStatus.FAILED, running.startedAt(),
                running.startedBy(), 0, null, reason));
        while (failures.size() > FAILURES_SHOWN) {
            failures.removeLast();
        }
        try {
            audit.record(AuditSubject.BACKUP, running.name(), AuditAction.BACKUP_FAILED, BackupStatus.RUNNING.name(),
                    BackupStatus.FAILED.name(), abbreviate(reason));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the failure of backup {}", running.name(), e);
        }
    }

    /** Deletes the oldest complete archives beyond the number to keep. */
    private void prune() {
        List<Path> complete = archives();
        for (int i = 0; i < complete.size() - keep; i++) {
            Path old = complete.get(i);
            try {
                Files.deleteIfExists(old);
                audit.record(AuditSubject.BACKUP, old.getFileName().toString(), AuditAction.PRUNED,
                        BackupStatus.COMPLETE.name(), null, "keep " + keep);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not delete old backup {}", old, e);
            }
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

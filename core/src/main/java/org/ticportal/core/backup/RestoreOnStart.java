package org.ticportal.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Restores a backup archive while the portal starts ({@code --ticportal.restore=<archive>}), before Flyway migrates:
 * <ol>
 *   <li>the archive is checked in full (every entry against the manifest's SHA-256) and a backup of a schema newer
 *       than this portal knows is refused: nothing has been touched then;</li>
 *   <li>the database must have no tables and the attachments folder no files (a fresh data folder for the embedded
 *       database; an empty database on an external server), else the restore is refused;</li>
 *   <li>the dump is loaded with the {@code mariadb} client and the portal's DataSource credentials, the attachments
 *       are unpacked, archived plugin versions and uploaded plugins missing here are added;</li>
 *   <li>Flyway migrates the restored schema to this portal's version, and every attachment row is checked against
 *       its file (present, same SHA-256).</li>
 * </ol>
 * The portal then starts on the restored data. The restore is recorded in the audit trail once the portal is ready.
 */
final class RestoreOnStart implements FlywayMigrationStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreOnStart.class);

    private final Path archive;
    private final Path dataDir;
    private final Path uploadDir;
    private final Path binaries;
    private volatile @Nullable String summary;

    RestoreOnStart(Path archive, Path dataDir, Path uploadDir, Path binaries) {
        this.binaries = binaries;
        this.archive = archive.toAbsolutePath().normalize();
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.uploadDir = uploadDir.toAbsolutePath().normalize();
    }

    @Override
    public void migrate(Flyway flyway) {
        long startNanos = System.nanoTime();
        String name = archive.getFileName().toString();
        if (!Files.isRegularFile(archive)) {
            throw new BackupRefusedException("backup.restore.noFile", archive.toString());
        }
        BackupManifest manifest = BackupArchive.verify(archive);
        MigrationVersion latest = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(MigrationVersion.EMPTY);
        if (MigrationVersion.fromVersion(manifest.schemaVersion()).compareTo(latest) > 0) {
            throw new BackupRefusedException("backup.restore.newerSchema", name, manifest.schemaVersion(),
                    latest.getVersion(), manifest.portalVersion());
        }
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        DatabaseTarget target = DatabaseTarget.of(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Long tables = jdbc.queryForObject(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()", Long.class);
        if (tables != null && tables > 0) {
            throw new BackupRefusedException("backup.restore.notEmpty", name, target.database(), tables);
        }
        Path attachments = dataDir.resolve("attachments");
        if (hasFiles(attachments)) {
            throw new BackupRefusedException("backup.restore.filesPresent", name, attachments.toString());
        }
        LOG.warn("Restoring backup {} (taken {} by {}, portal {}, schema {}) into {} and {}", archive,
                manifest.createdAt(), manifest.createdBy(), manifest.portalVersion(), manifest.schemaVersion(),
                target, dataDir);

        Path dump = null;
        try {
            dump = Files.createTempFile(dataDir, ".restore-", ".sql");
            BackupArchive.extractEntry(archive, BackupArchive.DUMP, dump);
            new MariaDbClients(binaries).load(target, dump);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the dump of " + archive, e);
        } finally {
            if (dump != null) {
                try {
                    Files.deleteIfExists(dump);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}", dump, e);
                }
            }
        }
        int files = BackupArchive.extract(archive, BackupArchive.ATTACHMENTS, attachments);
        int archived = extractMissing(BackupArchive.PLUGIN_ARCHIVE, dataDir.resolve("plugin-archive"));
        int plugins = extractMissing(BackupArchive.PLUGINS, uploadDir);

        flyway.migrate();
        checkAttachments(jdbc, attachments, name);
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        summary = "taken " + manifest.createdAt() + " by " + manifest.createdBy() + ", schema "
                + manifest.schemaVersion() + "; " + files + " attachment files, " + archived
                + " archived plugin files, " + plugins + " plugin files added; " + took.toMillis() + " ms";
        LOG.warn("Restored backup {}: {}. Remove ticportal.restore before the next start.", name, summary);
    }

    /** @return what was restored, once done ({@code null} before) */
    @Nullable String summary() {
        return summary;
    }

    /** @return the archive restored */
    Path archive() {
        return archive;
    }

    /** Unpacks the entries under a prefix whose file is missing here; present files (same name) are kept. */
    private int extractMissing(String prefix, Path folder) {
        Path staging = null;
        try {
            Files.createDirectories(folder);
            staging = Files.createTempDirectory(dataDir, ".restore-");
            BackupArchive.extract(archive, prefix, staging);
            int added = 0;
            Path from = staging;
            List<Path> files;
            try (Stream<Path> walk = Files.walk(from)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : files) {
                Path target = folder.resolve(from.relativize(file).toString());
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.move(file, target);
                    added++;
                } else {
                    LOG.info("Keeping {} as it is here (the backup has a file of the same name)", target);
                }
            }
            return added;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore " + prefix + " into " + folder, e);
        } finally {
            deleteTree(staging);
        }
    }

    private static void checkAttachments(JdbcTemplate jdbc, Path attachments, String name) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT id, stored_name, sha256 FROM attachment");
        for (Map<String, Object> row : rows) {
            Path file = attachments.resolve((String) row.get("stored_name")).normalize();
            if (!file.startsWith(attachments) || !Files.isRegularFile(file)
                    || !sha256(file).equals(row.get("sha256"))) {
                throw new BackupRefusedException("backup.restore.attachmentMissing", name, row.get("id"),
                        row.get("stored_name"));
            }
        }
    }

    private static boolean hasFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder, e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(@Nullable Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete {}", folder, e);
        }
    }
}

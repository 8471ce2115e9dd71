package org.ticportal.core.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;

/**
 * The backups folder ({@code ticportal.backup.dir}, {@code <data-dir>/backups}): the archives' names (the prefix
 * {@value BackupService#PREFIX}, then the time taken), the archives in it, and their retention: after each backup
 * only the newest {@code ticportal.backup.keep} are kept.
 */
@Component
class BackupFolder {

    private static final Logger LOG = LoggerFactory.getLogger(BackupFolder.class);
    private static final Pattern ARCHIVE_NAME = Pattern.compile(Pattern.quote(BackupService.PREFIX)
            + "[0-9]{8}-[0-9]{6}(-[0-9]+)?\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final AuditService audit;
    private final Path backupsDir;
    private final int keep;

    BackupFolder(AuditService audit, BackupProperties properties, @Value("${ticportal.data-dir:data}") Path dataDir) {
        this.audit = audit;
        this.backupsDir = properties.resolvedDir(dataDir.toAbsolutePath().normalize());
        this.keep = properties.keep();
    }

    /** @return the folder archives are written to */
    Path dir() {
        return backupsDir;
    }

    /**
     * An archive in the backups folder.
     *
     * @throws BackupRefusedException {@code backup.notFound} for a name that is no archive in the backups folder
     */
    Path archive(String name) {
        Path file = backupsDir.resolve(name).normalize();
        if (!ARCHIVE_NAME.matcher(name).matches() || !file.getParent().equals(backupsDir) || !Files.isRegularFile(file)) {
            throw new BackupRefusedException("backup.notFound", name);
        }
        return file;
    }

    /** The archives in the backups folder, oldest first (by name, which is the time taken). */
    List<Path> archives() {
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

    /** The name of a new archive taken at {@code now}, numbered when one of that second exists or is being written. */
    String freeName(Instant now) {
        String stamp = STAMP.format(now.atZone(ZoneId.systemDefault()));
        String name = BackupService.PREFIX + stamp + ".zip";
        for (int i = 2; Files.exists(backupsDir.resolve(name)) || Files.exists(backupsDir.resolve(name + ".part")); i++) {
            name = BackupService.PREFIX + stamp + "-" + i + ".zip";
        }
        return name;
    }

    /** Deletes the oldest complete archives beyond the number to keep. */
    void prune() {
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
}

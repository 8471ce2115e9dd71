package org.ticportal.core.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;

/**
 * The backups (备份) an administrator sees: the one running, the failed runs since the portal started and the
 * archives in the backups folder (read from their manifests); an archive to download or to check in full. Taking a
 * backup is {@link BackupService}'s, restoring one {@link RestoreOnStart}'s.
 */
@Service
public class BackupCatalog {

    private final BackupFolder folder;
    private final BackupRuns runs;
    private final AuditService audit;

    BackupCatalog(BackupFolder folder, BackupRuns runs, AuditService audit) {
        this.folder = folder;
        this.runs = runs;
        this.audit = audit;
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
        Path file = folder.archive(name);
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
        return BackupArchive.verify(folder.archive(name));
    }

    /** @return the folder archives are written to */
    @PreAuthorize("hasRole('ADMIN')")
    public Path folder() {
        return folder.dir();
    }

    private List<BackupInfo> all() {
        List<BackupInfo> rows = new ArrayList<>();
        RunningBackup running = runs.current();
        if (running != null && !running.isDone()) {
            rows.add(new BackupInfo(running.name(), BackupStatus.RUNNING, running.startedAt(), running.startedBy(),
                    0, null, null));
        }
        List<BackupInfo> stored = new ArrayList<>(runs.failures());
        for (Path file : folder.archives()) {
            stored.add(info(file));
        }
        stored.sort(Comparator.comparing(BackupInfo::createdAt).reversed());
        rows.addAll(stored);
        return rows;
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

    /** The counts of a manifest as one line, by name: {@code applications 3, attachments 5, ...}. */
    static String counts(Map<String, Long> counts) {
        StringBuilder s = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> s.append(s.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()));
        return s.toString();
    }
}

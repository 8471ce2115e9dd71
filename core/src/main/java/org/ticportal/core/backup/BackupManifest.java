package org.ticportal.core.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a backup archive holds, written as {@code manifest.json} into it: who made it when, on which portal version
 * and database schema, how many records and files it holds, and the size and SHA-256 of every other entry.
 *
 * @param format        the archive format ({@value #FORMAT})
 * @param portalVersion the version of the portal that wrote it
 * @param schemaVersion the Flyway schema version of the dumped database
 * @param createdAt     when the snapshot was taken
 * @param createdBy     who asked for it ({@code system} for a scheduled backup)
 * @param counts        records and files at backup time (applications, attachments, users, attachment files ...)
 * @param entries       every entry of the archive but the manifest itself and {@value BackupArchive#SUMS}
 */
public record BackupManifest(int format, String portalVersion, String schemaVersion, Instant createdAt,
                             String createdBy, Map<String, Long> counts, List<Entry> entries) {

    /** The archive format this portal writes and reads. */
    public static final int FORMAT = 1;

    public BackupManifest {
        Objects.requireNonNull(portalVersion, "portalVersion");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        counts = Map.copyOf(counts);
        entries = List.copyOf(entries);
    }

    /** The entry of the given name, or {@code null}. */
    @Nullable Entry entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * One file in the archive.
     *
     * @param name   its path inside the archive ({@code database.sql}, {@code attachments/2026/12/....pdf} ...)
     * @param size   its size in bytes
     * @param sha256 its SHA-256, hexadecimal
     */
    public record Entry(String name, long size, String sha256) {

        public Entry {
            if (name.isBlank() || name.startsWith("/") || name.contains("..") || name.contains("\\")) {
                throw new IllegalArgumentException("not a plain relative entry name: " + name);
            }
            if (size < 0 || !sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("bad size or checksum for " + name);
            }
        }
    }
}

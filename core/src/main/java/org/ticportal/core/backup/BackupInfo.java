package org.ticportal.core.backup;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of the backup list.
 *
 * @param name          the archive's file name
 * @param status        where it stands
 * @param createdAt     when it was taken (the file's time for a damaged archive)
 * @param createdBy     who asked for it, or {@code null} when unknown
 * @param sizeBytes     the archive's size (0 while running or failed)
 * @param schemaVersion the database schema it holds, or {@code null}
 * @param detail        counts of a complete archive, or why it failed, or {@code null}
 */
public record BackupInfo(String name, BackupStatus status, Instant createdAt, @Nullable String createdBy,
                         long sizeBytes, @Nullable String schemaVersion, @Nullable String detail) {

    public BackupInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }
}

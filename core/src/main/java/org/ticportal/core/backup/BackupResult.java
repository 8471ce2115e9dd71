package org.ticportal.core.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * A complete backup.
 *
 * @param archive   the archive written
 * @param manifest  what it holds
 * @param sizeBytes its size
 * @param duration  how long it took
 */
public record BackupResult(Path archive, BackupManifest manifest, long sizeBytes, Duration duration) {

    public BackupResult {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(duration, "duration");
    }
}

package org.ticportal.core.backup;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups, under {@code ticportal.backup}.
 *
 * @param dir  where archives are written; {@code <data-dir>/backups} when unset
 * @param cron when a scheduled backup runs (a Spring cron expression), or {@code -} for none
 * @param keep how many complete archives are kept; older ones are deleted after each new backup
 */
@ConfigurationProperties("ticportal.backup")
public record BackupProperties(@Nullable Path dir, @DefaultValue("-") String cron, @DefaultValue("7") int keep) {

    public BackupProperties {
        if (keep < 1) {
            throw new IllegalArgumentException("ticportal.backup.keep must be at least 1, not " + keep);
        }
        if (cron.isBlank()) {
            throw new IllegalArgumentException("ticportal.backup.cron must be a cron expression or -");
        }
    }

    /** The backups folder, resolved against the data folder when not configured. */
    Path resolvedDir(Path dataDir) {
        return (dir != null ? dir : dataDir.resolve("backups")).toAbsolutePath().normalize();
    }
}

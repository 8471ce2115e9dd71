package org.ticportal.core.backup;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.ticportal.core.common.ClusterLocks;
import org.ticportal.core.common.SystemAuthentication;

/**
 * Takes a backup at {@code ticportal.backup.cron} (none by default), as the portal itself; once across portal
 * instances sharing the database (the lock is kept a minute, so a node whose clock is behind does not take it again).
 */
@Component
class ScheduledBackups {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBackups.class);

    private final BackupService backups;
    private final ClusterLocks locks;

    ScheduledBackups(BackupService backups, ClusterLocks locks) {
        this.backups = backups;
        this.locks = locks;
    }

    @Scheduled(cron = "${ticportal.backup.cron:-}")
    void backUp() {
        locks.once("scheduled-backup", Duration.ofHours(6), Duration.ofMinutes(1), () -> {
            takeBackup();
            return null;
        });
    }

    private void takeBackup() {
        try {
            BackupResult done = SystemAuthentication.call(backups::start).result().join();
            LOG.info("Scheduled backup {} done ({} bytes)", done.archive().getFileName(), done.sizeBytes());
        } catch (RuntimeException e) {
            LOG.warn("Scheduled backup not taken: {}", e.getMessage());
        }
    }
}

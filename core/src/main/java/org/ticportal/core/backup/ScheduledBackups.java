package org.ticportal.core.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.ticportal.core.common.SystemAuthentication;

/** Takes a backup at {@code ticportal.backup.cron} (none by default), as the portal itself. */
@Component
class ScheduledBackups {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBackups.class);

    private final BackupService backups;

    ScheduledBackups(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${ticportal.backup.cron:-}")
    void backUp() {
        try {
            BackupResult done = SystemAuthentication.call(backups::start).result().join();
            LOG.info("Scheduled backup {} done ({} bytes)", done.archive().getFileName(), done.sizeBytes());
        } catch (RuntimeException e) {
            LOG.warn("Scheduled backup not taken: {}", e.getMessage());
        }
    }
}

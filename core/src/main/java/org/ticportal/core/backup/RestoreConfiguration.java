package org.ticportal.core.backup;

import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.db.EmbeddedMariaDb;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.plugin.PluginProperties;

/**
 * The restore at start-up: active only with {@value #RESTORE_PROPERTY} set to an archive, when Flyway's migration
 * runs {@link RestoreOnStart} first.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(RestoreConfiguration.RESTORE_PROPERTY)
class RestoreConfiguration {

    /** The archive to restore at start-up. */
    static final String RESTORE_PROPERTY = "ticportal.restore";

    private static final Logger LOG = LoggerFactory.getLogger(RestoreConfiguration.class);

    /** The Flyway migration strategy while restoring: restore, then migrate. */
    @Bean
    RestoreOnStart restoreOnStart(Environment environment, PluginProperties plugins) {
        Path dataDir = Path.of(environment.getProperty("ticportal.data-dir", "data")).toAbsolutePath().normalize();
        return new RestoreOnStart(Path.of(environment.getRequiredProperty(RESTORE_PROPERTY)), dataDir,
                plugins.resolvedUploadDir(dataDir), EmbeddedMariaDb.binariesFolder(dataDir, environment::getProperty));
    }

    /** Records the restore in the audit trail once the portal is ready. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> restoreRecorder(RestoreOnStart restore, AuditService audit) {
        return event -> {
            String summary = restore.summary();
            if (summary != null) {
                SystemAuthentication.run(() -> audit.record(AuditSubject.BACKUP,
                        restore.archive().getFileName().toString(), AuditAction.RESTORED, null, null, summary));
                LOG.info("Restore of {} recorded in the audit trail", restore.archive());
            }
        };
    }
}

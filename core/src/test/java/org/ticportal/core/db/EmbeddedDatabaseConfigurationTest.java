package org.ticportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A second portal on a data folder in use fails at start, before any database file is touched. */
class EmbeddedDatabaseConfigurationTest {

    @TempDir
    Path dataFolder;

    @Test
    void failsToStartOnALockedDataFolder() {
        try (DataFolderLock firstPortal = DataFolderLock.acquire(dataFolder)) {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                    .withUserConfiguration(EmbeddedDatabaseConfiguration.class)
                    .withPropertyValues("ticportal.data-dir=" + dataFolder)
                    .run(context -> assertThat(context).getFailure()
                            .rootCause()
                            .isInstanceOf(DataFolderInUseException.class)
                            .hasMessage("Another TIC Portal is already running on data folder "
                                    + firstPortal.dataFolder() + " (lock file " + firstPortal.lockFile()
                                    + " held). Stop it first or set ticportal.data-dir to another folder."));

            assertThat(dataFolder.resolve("mariadb")).doesNotExist();
            assertThat(firstPortal.isHeld()).isTrue();
        }
    }
}

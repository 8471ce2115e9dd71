package org.ticportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link EmbeddedMariaDb#start(Path, int)} refuses before it starts anything. */
class EmbeddedMariaDbTest {

    @TempDir
    Path tempDir;

    @Test
    void refusesAPathWithASpaceAndReleasesTheLock() {
        Path dataFolder = tempDir.resolve("portal data");

        assertThatThrownBy(() -> EmbeddedMariaDb.start(dataFolder, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contains a space or a quote")
                .hasMessageContaining("ticportal.data-dir");

        assertThat(dataFolder.resolve("mariadb")).doesNotExist();
        try (DataFolderLock lock = DataFolderLock.acquire(dataFolder)) {
            assertThat(lock.isHeld()).isTrue();
        }
    }

    @Test
    void touchesNothingWhenTheFolderIsLocked() {
        try (DataFolderLock held = DataFolderLock.acquire(tempDir)) {
            assertThatThrownBy(() -> EmbeddedMariaDb.start(tempDir, 0)).isInstanceOf(DataFolderInUseException.class);

            assertThat(tempDir.resolve("mariadb")).doesNotExist();
            assertThat(held.isHeld()).isTrue();
        }
    }
}

package org.ticportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLockTest {

    @TempDir
    Path tempDir;

    @Test
    void createsTheFolderAndItsLockFile() throws Exception {
        Path dataFolder = tempDir.resolve("new/data");

        try (DataFolderLock lock = DataFolderLock.acquire(dataFolder)) {
            assertThat(lock.isHeld()).isTrue();
            assertThat(lock.dataFolder()).isEqualTo(dataFolder.toRealPath());
            assertThat(lock.lockFile()).isEqualTo(dataFolder.resolve("portal.lock")).exists();
        }
    }

    @Test
    void refusesASecondLockOnTheSameFolderWithAClearMessage() throws Exception {
        try (DataFolderLock first = DataFolderLock.acquire(tempDir)) {
            Path sameFolderSpelledDifferently = tempDir.resolve("sub/..");
            Files.createDirectories(tempDir.resolve("sub"));

            assertThatThrownBy(() -> DataFolderLock.acquire(sameFolderSpelledDifferently))
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessage("Another TIC Portal is already running on data folder " + first.dataFolder()
                            + " (lock file " + first.lockFile()
                            + " held). Stop it first or set ticportal.data-dir to another folder.");
            assertThat(first.isHeld()).isTrue();
        }
    }

    @Test
    void canBeTakenAgainOnceReleased() {
        DataFolderLock first = DataFolderLock.acquire(tempDir);
        first.close();
        first.close();

        try (DataFolderLock second = DataFolderLock.acquire(tempDir)) {
            assertThat(second.isHeld()).isTrue();
            assertThat(first.isHeld()).isFalse();
        }
    }
}

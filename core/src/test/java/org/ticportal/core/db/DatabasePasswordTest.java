package org.ticportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's password: generated once, then read; nothing that would need quoting. */
class DatabasePasswordTest {

    @TempDir
    Path mariadbFolder;

    @Test
    void generatesOnceThenReadsTheSamePassword() throws Exception {
        String first = DatabasePassword.readOrCreate(mariadbFolder);

        assertThat(first).matches("[A-Za-z0-9_-]{32}");
        assertThat(DatabasePassword.readOrCreate(mariadbFolder)).isEqualTo(first);
        assertThat(Files.getPosixFilePermissions(mariadbFolder.resolve("password"))).isEqualTo(PrivateFiles.FILE);
        assertThat(DatabasePassword.generate()).isNotEqualTo(DatabasePassword.generate());
    }

    @Test
    void refusesAPasswordThatWouldNeedQuoting() throws Exception {
        Files.writeString(mariadbFolder.resolve("password"), "it's-a-long-enough-password\n");

        assertThatThrownBy(() -> DatabasePassword.readOrCreate(mariadbFolder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Delete the file");
    }
}

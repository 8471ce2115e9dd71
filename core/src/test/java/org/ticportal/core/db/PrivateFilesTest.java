package org.ticportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders 700, files 600: the embedded database's password and socket are the portal user's alone. */
class PrivateFilesTest {

    @TempDir
    Path tempDir;

    @Test
    void makesAnOpenFolderPrivate() throws Exception {
        Path folder = Files.createDirectory(tempDir.resolve("mariadb"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        PrivateFiles.folder(folder);

        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PrivateFiles.FOLDER);
        assertThat(Files.getPosixFilePermissions(PrivateFiles.folder(tempDir.resolve("new/nested"))))
                .isEqualTo(PrivateFiles.FOLDER);
    }

    @Test
    void writesAndTightensFilesToOwnerOnly() throws Exception {
        Path file = tempDir.resolve("password");
        PrivateFiles.write(file, "secret\n");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PrivateFiles.FILE);
        assertThat(Files.readString(file)).isEqualTo("secret\n");
        assertThat(tempDir.resolve("password.new")).doesNotExist();

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        PrivateFiles.restrictFile(file);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PrivateFiles.FILE);
    }

    @Test
    void refusesASymbolicLinkAsItsFolder() throws Exception {
        Path elsewhere = Files.createDirectory(tempDir.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(tempDir.resolve("ticportal-0123456789abcdef"), elsewhere);

        assertThatThrownBy(() -> PrivateFiles.folder(link))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("symbolic link");
    }
}

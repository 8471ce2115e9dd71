package org.ticportal.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive: written to a part file and named when complete, readable by its owner only, checked entry by entry
 * against its manifest, and unpacked without leaving the target folder.
 */
class BackupArchiveTest {

    @TempDir
    Path dir;

    private Path archive() throws Exception {
        Path dump = Files.writeString(dir.resolve("d.sql"), "CREATE TABLE t (id INT);\n");
        Path file = Files.write(dir.resolve("f.pdf"), new byte[] {'%', 'P', 'D', 'F', 1, 2, 3});
        Path target = dir.resolve("ticportal-backup-20261205-010000.zip");
        try (BackupArchive.Writer w = new BackupArchive.Writer(target)) {
            w.add(BackupArchive.DUMP, dump);
            w.add("attachments/2026/12/a.pdf", file);
            assertThat(w.add("plugins/gone.jar", dir.resolve("gone.jar"))).as("a file gone meanwhile").isFalse();
            w.finish(new BackupManifest(BackupManifest.FORMAT, "0.1.0", "5", Instant.parse("2026-12-05T01:00:00Z"),
                    "admin", Map.of("attachments", 1L), w.entries()));
        }
        return target;
    }

    @Test
    void aCompleteArchiveVerifiesAndIsReadableByItsOwnerOnly() throws Exception {
        Path archive = archive();
        assertThat(archive.resolveSibling(archive.getFileName() + ".part")).doesNotExist();
        assertThat(Files.getPosixFilePermissions(archive))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        BackupManifest m = BackupArchive.verify(archive);
        assertThat(m.entries()).extracting(BackupManifest.Entry::name)
                .containsExactly(BackupArchive.DUMP, "attachments/2026/12/a.pdf");
        assertThat(m.schemaVersion()).isEqualTo("5");

        Path out = dir.resolve("out");
        assertThat(BackupArchive.extract(archive, BackupArchive.ATTACHMENTS, out)).isEqualTo(1);
        assertThat(Files.readAllBytes(out.resolve("2026/12/a.pdf"))).containsExactly('%', 'P', 'D', 'F', 1, 2, 3);
    }

    @Test
    void anEntryTheManifestDoesNotListIsRefused() throws Exception {
        Path archive = archive();
        Path extra = dir.resolve("extra.zip");
        try (var in = new java.util.zip.ZipFile(archive.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(extra))) {
            for (var e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.getInputStream(e).transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("attachments/../../evil.sh"));
            out.write("rm -rf /".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        }
        assertThatThrownBy(() -> BackupArchive.verify(extra)).isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("which its manifest does not list");
        assertThatThrownBy(() -> BackupArchive.extract(extra, BackupArchive.ATTACHMENTS, dir.resolve("x")))
                .isInstanceOf(BackupRefusedException.class);
        assertThat(dir.getParent().resolve("evil.sh")).doesNotExist();
    }

    @Test
    void aZipWithoutManifestIsNoBackup() throws Exception {
        Path zip = dir.resolve("other.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("database.sql"));
            out.closeEntry();
        }
        assertThatThrownBy(() -> BackupArchive.verify(zip)).isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("is incomplete: \"manifest.json\" is missing");
    }
}

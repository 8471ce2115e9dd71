package org.ticportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's type comes from its content: names lie. */
class FileTypesTest {

    @TempDir
    Path dir;

    private String detect(String name, byte[] content) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        return FileTypes.detect(file, Arrays.copyOf(content, Math.min(16, content.length)));
    }

    private byte[] zip(String... entries) throws IOException {
        Path file = dir.resolve("z" + System.nanoTime());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return Files.readAllBytes(file);
    }

    @Test
    void aPdfIsAPdfAndAnExecutableNamedPdfIsNothing() throws IOException {
        assertThat(detect("licence.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).isEqualTo("pdf");
        assertThat(detect("licence.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0})).isNull();
    }

    @Test
    void aZipNamedDocxIsAZipAndARealDocxIsADocx() throws IOException {
        assertThat(detect("plan.docx", zip("readme.txt"))).isEqualTo("zip");
        assertThat(detect("plan.docx", zip("[Content_Types].xml", "word/document.xml"))).isEqualTo("docx");
        assertThat(FileTypes.allowed("zip", Set.of("pdf", "docx"))).isFalse();
        assertThat(FileTypes.allowed("jpg", Set.of("jpeg"))).isTrue();
    }

    @Test
    void imagesAreKnownByTheirSignatures() throws IOException {
        assertThat(detect("a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).isEqualTo("png");
        assertThat(detect("a.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0})).isEqualTo("jpg");
    }
}

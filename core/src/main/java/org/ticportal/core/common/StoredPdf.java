package org.ticportal.core.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A PDF a user uploaded, stored under the portal's attachments folder (so that backups take it along): decided to be a
 * PDF by its content, limited in size, its SHA-256 kept for the record. The file lands under its final name only when
 * it is complete and accepted; a refused upload leaves nothing behind.
 *
 * @param fileName the name the user's file had (its last 200 characters)
 * @param stored   where it is stored, relative to the attachments folder
 * @param size     its size in bytes
 * @param sha256   its SHA-256, in hex
 */
public record StoredPdf(String fileName, String stored, long size, String sha256) {

    public StoredPdf {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(stored, "stored");
        if (size <= 0 || sha256.length() != 64) {
            throw new IllegalArgumentException("a stored PDF has content and a SHA-256");
        }
    }

    /**
     * Stores an upload under {@code <attachments>/<folder>/<year>/<month>/<uuid>.pdf}; refused on {@code field} when it
     * is empty, larger than {@code maxMb} or no PDF ({@code file.empty}, {@code file.tooLarge}, {@code file.notPdf}).
     */
    public static StoredPdf store(Path attachments, String folder, String field, @Nullable String fileName,
                                  InputStream content, int maxMb, LocalDate today) {
        String original = Path.of(Objects.requireNonNullElse(fileName, "document.pdf")).getFileName().toString();
        if (original.length() > 200) {
            original = original.substring(original.length() - 200);
        }
        try {
            Files.createDirectories(attachments.resolve("tmp"));
            Path temp = Files.createTempFile(attachments.resolve("tmp"), folder + "-", ".part");
            try {
                String name = original;
                ReceivedUpload upload = ReceivedUpload.copy(content, temp, maxMb * 1024L * 1024L,
                        () -> BusinessException.onField(field, "file.tooLarge", name, maxMb));
                long size = upload.size();
                byte[] head = upload.head();
                if (size == 0) {
                    throw BusinessException.onField(field, "file.empty", original);
                }
                if (head.length < 5 || !new String(head, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
                    throw BusinessException.onField(field, "file.notPdf", original);
                }
                String stored = folder + "/" + today.getYear() + "/" + String.format("%02d", today.getMonthValue())
                        + "/" + UUID.randomUUID() + ".pdf";
                Path target = attachments.resolve(stored);
                Files.createDirectories(target.getParent());
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return new StoredPdf(original, stored, size, upload.sha256());
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored file, when it is still there and inside the attachments folder. */
    public static @Nullable Path open(Path attachments, @Nullable String stored) {
        if (stored == null) {
            return null;
        }
        Path file = attachments.resolve(stored).normalize();
        return file.startsWith(attachments) && Files.isRegularFile(file) ? file : null;
    }
}

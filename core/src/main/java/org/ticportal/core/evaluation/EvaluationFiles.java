package org.ticportal.core.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.ticportal.core.application.FileTypes;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.ReceivedUpload;

/**
 * Where evaluations keep their files, under {@code <data>/attachments/evaluations/<year>/<month>/}: evidence of a
 * self-assessment and of a rectification report. Kept only when the content (not the name) is of an allowed type.
 */
@Component
class EvaluationFiles {

    static final Set<String> TYPES = Set.of("pdf", "jpg", "png", "xlsx", "docx");
    static final int MAX_MB = 20;

    private final Path root;

    EvaluationFiles(@Value("${ticportal.data-dir:data}") Path dataDir) {
        this.root = dataDir.toAbsolutePath().normalize().resolve("attachments");
    }

    /** A stored upload: where, its SHA-256 and size. */
    record Stored(String path, String sha256, long size) {
    }

    Stored store(String fileName, InputStream content, LocalDate today) {
        return store(fileName, content, today, "file", TYPES, MAX_MB);
    }

    /**
     * Stores an upload for a field that accepts the given types up to a size; refused on that field (too large, empty,
     * of a type it does not accept).
     */
    Stored store(String fileName, InputStream content, LocalDate today, String fieldKey, Set<String> accept,
                 int maxMb) {
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path temp = Files.createTempFile(root.resolve("tmp"), "evaluation-", ".part");
            try {
                ReceivedUpload upload = ReceivedUpload.copy(content, temp, maxMb * 1024L * 1024L,
                        () -> BusinessException.onField(fieldKey, "file.tooLarge", fileName, maxMb));
                if (upload.size() == 0) {
                    throw BusinessException.onField(fieldKey, "file.empty", fileName);
                }
                String type = FileTypes.detect(temp, upload.head());
                if (type == null || !FileTypes.allowed(type, accept)) {
                    throw BusinessException.onField(fieldKey, "evaluation.fileType", fileName,
                            String.join(", ", accept.stream().sorted().toList()));
                }
                String stored = "evaluations/" + today.getYear() + "/" + String.format("%02d", today.getMonthValue())
                        + "/" + UUID.randomUUID() + "." + type;
                Path target = root.resolve(stored);
                Files.createDirectories(target.getParent());
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return new Stored(stored, upload.sha256(), upload.size());
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a stored file that no record keeps (an upload whose record could not be saved). */
    void discard(String stored) {
        Path file = open(stored);
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Nullable Path open(String stored) {
        Path file = root.resolve(stored).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
    }
}

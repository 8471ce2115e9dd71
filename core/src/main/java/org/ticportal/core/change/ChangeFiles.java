package org.ticportal.core.change;

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
 * Where change requests keep their files, under {@code <data>/attachments/changes/<year>/<month>/}: the lead unit's
 * written request (PDF) and an approver's opinion (PDF or image). An upload is kept only when its content is of an
 * allowed type and not larger than the limit. Files are never rewritten or deleted (backups rely on it).
 */
@Component
class ChangeFiles {

    static final Set<String> LETTER_TYPES = Set.of("pdf");
    static final Set<String> OPINION_TYPES = Set.of("pdf", "jpg", "png");
    static final int MAX_MB = 20;

    private final Path root;

    ChangeFiles(@Value("${ticportal.data-dir:data}") Path dataDir) {
        this.root = dataDir.toAbsolutePath().normalize().resolve("attachments");
    }

    String store(String field, String fileName, InputStream content, Set<String> types, LocalDate today) {
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path temp = Files.createTempFile(root.resolve("tmp"), "change-", ".part");
            try {
                ReceivedUpload upload = ReceivedUpload.copy(content, temp, MAX_MB * 1024L * 1024L,
                        () -> BusinessException.onField(field, "file.tooLarge", fileName, MAX_MB));
                if (upload.size() == 0) {
                    throw BusinessException.onField(field, "file.empty", fileName);
                }
                String type = FileTypes.detect(temp, upload.head());
                if (type == null || !types.contains(type)) {
                    throw BusinessException.onField(field, "change.file.type", fileName, String.join(", ", types));
                }
                String stored = "changes/" + today.getYear() + "/" + String.format("%02d", today.getMonthValue())
                        + "/" + UUID.randomUUID() + "." + type;
                Path target = root.resolve(stored);
                Files.createDirectories(target.getParent());
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return stored;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nullable Path open(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        Path file = root.resolve(stored).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
    }
}

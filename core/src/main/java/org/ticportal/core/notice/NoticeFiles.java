package org.ticportal.core.notice;

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
 * Where the notice feature keeps its files, under {@code <data>/attachments/notices/<year>/<month>/}: the generated
 * PDF and DOCX of a notice, an objector's letter and evidence, the bureau's reply. An upload is kept only when its
 * content (not its name) is of an allowed type and it is not larger than the limit.
 */
@Component
class NoticeFiles {

    /** The types an objector's letter or evidence may have. */
    static final Set<String> UPLOAD_TYPES = Set.of("pdf", "jpg", "png");

    private final Path root;

    NoticeFiles(@Value("${ticportal.data-dir:data}") Path dataDir) {
        this.root = dataDir.toAbsolutePath().normalize().resolve("attachments");
    }

    /** Stores generated content; returns where. */
    String store(byte[] content, String extension, LocalDate today) {
        try {
            String stored = name(extension, today);
            Path target = root.resolve(stored);
            Files.createDirectories(target.getParent());
            Files.write(target, content);
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores an upload for {@code field}; refused there when it is empty, larger than {@code maxMb} or not of
     * {@code types} by its content.
     */
    String storeUpload(String field, String fileName, InputStream content, int maxMb, Set<String> types,
                       LocalDate today) {
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path temp = Files.createTempFile(root.resolve("tmp"), "notice-", ".part");
            try {
                ReceivedUpload upload = ReceivedUpload.copy(content, temp, maxMb * 1024L * 1024L,
                        () -> BusinessException.onField(field, "file.tooLarge", fileName, maxMb));
                long size = upload.size();
                if (size == 0) {
                    throw BusinessException.onField(field, "file.empty", fileName);
                }
                String type = FileTypes.detect(temp, upload.head());
                if (type == null || !types.contains(type)) {
                    throw BusinessException.onField(field, "notice.file.type", fileName, String.join(", ", types));
                }
                String stored = name(type, today);
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

    /** The stored file, when it is there and inside the folder. */
    @Nullable Path open(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        Path file = root.resolve(stored).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
    }

    private static String name(String extension, LocalDate today) {
        return "notices/" + today.getYear() + "/" + String.format("%02d", today.getMonthValue()) + "/"
                + UUID.randomUUID() + "." + extension;
    }
}

package org.ticportal.core.application;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;

/**
 * Decides a file's type from its content, never from its name: {@code pdf}, {@code png}, {@code jpg}, and among ZIP
 * containers {@code docx}, {@code xlsx}, {@code ofd} (by the entries that make them what they are) or plain
 * {@code zip}. An executable renamed .pdf, or any ZIP renamed .docx, is therefore not what it claims.
 */
public final class FileTypes {

    /** The types a field without an allow-list accepts. */
    static final java.util.List<String> ALL = java.util.List.of("pdf", "jpg", "png", "docx", "xlsx", "ofd");

    private FileTypes() {
    }

    /** The detected type, or {@code null} when it is none of the known ones. */
    public static @Nullable String detect(Path file, byte[] head) {
        if (startsWith(head, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return "pdf";
        }
        if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return "png";
        }
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "jpg";
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (has(zip, "word/document.xml") && has(zip, "[Content_Types].xml")) {
                    return "docx";
                }
                if (has(zip, "xl/workbook.xml") && has(zip, "[Content_Types].xml")) {
                    return "xlsx";
                }
                if (has(zip, "OFD.xml")) {
                    return "ofd";
                }
                return "zip";
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    /** Whether a detected type satisfies an allow-list written as in form definitions ({@code jpeg} = {@code jpg}). */
    public static boolean allowed(String detected, Set<String> accept) {
        if (accept.isEmpty()) {
            return ALL.contains(detected);
        }
        return accept.stream().map(a -> a.toLowerCase(Locale.ROOT)).map(a -> a.equals("jpeg") ? "jpg" : a)
                .anyMatch(detected::equals);
    }

    public static String mediaType(String type) {
        return switch (type) {
            case "pdf" -> "application/pdf";
            case "png" -> "image/png";
            case "jpg" -> "image/jpeg";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "ofd" -> "application/ofd";
            default -> "application/zip";
        };
    }

    private static boolean has(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry != null;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** An uploaded file's name without its path and control characters, at most 255 characters ("file" if empty). */
    public static String originalName(@Nullable String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("[\\p{Cntrl}]", "");
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}

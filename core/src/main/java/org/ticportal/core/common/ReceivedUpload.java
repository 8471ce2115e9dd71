package org.ticportal.core.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * An upload copied to a temporary file, read once: its size, its first bytes (to decide its type by content) and its
 * SHA-256. The copy stops with the caller's refusal as soon as the content passes the size limit.
 *
 * @param size   its size in bytes
 * @param head   its first (up to 16) bytes
 * @param sha256 its SHA-256, in hex
 */
public record ReceivedUpload(long size, byte[] head, String sha256) {

    /** Copies {@code content} to {@code temp}; throws {@code tooLarge} once more than {@code maxBytes} came. */
    public static ReceivedUpload copy(InputStream content, Path temp, long maxBytes,
                                      Supplier<? extends RuntimeException> tooLarge) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size = 0;
        byte[] head = new byte[16];
        int headLength = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = content.read(buffer)) >= 0) {
                if (headLength < head.length) {
                    int copy = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copy);
                    headLength += copy;
                }
                size += n;
                if (size > maxBytes) {
                    throw tooLarge.get();
                }
                out.write(buffer, 0, n);
            }
        }
        return new ReceivedUpload(size, Arrays.copyOf(head, headLength), HexFormat.of().formatHex(sha.digest()));
    }
}

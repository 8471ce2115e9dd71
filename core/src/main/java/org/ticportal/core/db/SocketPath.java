package org.ticportal.core.db;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the embedded server's unix socket lives: {@code <data folder>/mariadb/mariadb.sock}, inside the private
 * {@code mariadb} folder. A unix socket's path is limited to {@value #MAX_BYTES} bytes, so for a longer data folder
 * path the socket goes to a private folder under {@code java.io.tmpdir} named after a hash of the data folder
 * ({@code ticportal-<hash>/mariadb.sock}): the same data folder always gets the same socket.
 */
final class SocketPath {

    /** Longest socket path the kernel takes: {@code sun_path} holds 108 bytes including the closing zero byte. */
    static final int MAX_BYTES = 107;

    /** File name of the socket. */
    static final String FILE_NAME = "mariadb.sock";

    private SocketPath() {
    }

    /**
     * Chooses the socket path; creates nothing.
     *
     * @param dataFolder the portal data folder, absolute with symbolic links resolved
     * @param temporaryFolder {@code java.io.tmpdir}, for data folders whose path is too long
     * @return {@code <data folder>/mariadb/mariadb.sock} if short enough, else
     *         {@code <temporary folder>/ticportal-<hash>/mariadb.sock}
     * @throws IllegalStateException if even the fallback is too long
     */
    static Path choose(Path dataFolder, Path temporaryFolder) {
        Path preferred = dataFolder.resolve("mariadb").resolve(FILE_NAME);
        if (fits(preferred)) {
            return preferred;
        }
        Path fallback = temporaryFolder.toAbsolutePath().resolve("ticportal-" + hash(dataFolder)).resolve(FILE_NAME);
        if (!fits(fallback)) {
            throw new IllegalStateException("The embedded MariaDB's socket path must be at most " + MAX_BYTES
                    + " bytes long, but both " + preferred + " and " + fallback + " are longer. Set ticportal.data-dir"
                    + " or java.io.tmpdir to a folder with a shorter path.");
        }
        return fallback;
    }

    static boolean fits(Path socket) {
        return socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private static String hash(Path dataFolder) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(dataFolder.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}

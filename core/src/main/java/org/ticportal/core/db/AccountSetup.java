package org.ticportal.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The SQL the embedded server runs at every start ({@code --init-file}, with its grant tables loaded, before it
 * accepts connections) so that only the portal's user can log in: anonymous users and root accounts for other hosts
 * than {@code localhost} are deleted, {@code root@localhost} authenticates only through the unix socket (as the
 * operating system's root), and the portal's user {@value EmbeddedMariaDb#USER} exists for the socket
 * ({@code localhost}) and TCP ({@code 127.0.0.1}) with the password of {@link DatabasePassword} and all privileges on
 * the {@value EmbeddedMariaDb#DATABASE_NAME} database only.
 *
 * <p>Every statement may run again on a server already set up so (a restart, a restored database), and a data folder
 * made by an earlier version, whose server ran without grant tables, is secured the same way on its first start. The
 * server stops running the file at the first failing statement and still starts, so the grant, which comes last,
 * shows that all of it ran ({@link EmbeddedMariaDb} checks it).
 */
final class AccountSetup {

    /** File name, in the private {@code mariadb} folder; deleted once the server is ready. */
    static final String FILE_NAME = "account-setup.sql";

    private AccountSetup() {
    }

    /**
     * @param password the portal user's password, from {@link DatabasePassword} (no quotes, nothing to escape)
     * @return the statements, one a line as {@code --init-file} wants them
     */
    static List<String> statements(String password) {
        String user = EmbeddedMariaDb.USER;
        String database = EmbeddedMariaDb.DATABASE_NAME;
        return List.of(
                "DELETE FROM mysql.global_priv WHERE User = ''",
                "DELETE FROM mysql.db WHERE User = ''",
                "DELETE FROM mysql.global_priv WHERE User = 'root' AND Host <> 'localhost'",
                "DELETE FROM mysql.proxies_priv WHERE User = 'root' AND Host <> 'localhost'",
                "FLUSH PRIVILEGES",
                "ALTER USER IF EXISTS 'root'@'localhost' IDENTIFIED VIA unix_socket",
                "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
                "CREATE USER IF NOT EXISTS '" + user + "'@'localhost' IDENTIFIED BY '" + password + "'",
                "CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'",
                "ALTER USER '" + user + "'@'localhost' IDENTIFIED BY '" + password + "'",
                "ALTER USER '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'",
                "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'localhost', '" + user
                        + "'@'127.0.0.1'");
    }

    /**
     * Writes the statements to a file only the portal's user can read.
     *
     * @param mariadbFolder the private {@code mariadb} folder
     * @param password the portal user's password
     * @return the file, to pass as {@code --init-file}
     */
    static Path write(Path mariadbFolder, String password) {
        Path file = mariadbFolder.resolve(FILE_NAME);
        PrivateFiles.write(file, String.join(";\n", statements(password)) + ";\n");
        return file;
    }

    /**
     * Deletes the file written by {@link #write(Path, String)}.
     *
     * @param file the file
     */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file + "; delete it by hand", e);
        }
    }
}

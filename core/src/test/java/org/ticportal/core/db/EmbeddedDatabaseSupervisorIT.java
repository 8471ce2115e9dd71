package org.ticportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticportal.core.Await;

/** The supervisor restarts a killed embedded MariaDB on the same files and port, and restarts nothing at shutdown. */
class EmbeddedDatabaseSupervisorIT {

    private static final EmbeddedDatabaseSupervisor.Settings QUICK =
            new EmbeddedDatabaseSupervisor.Settings(Duration.ofMillis(200), Duration.ofSeconds(2));

    @TempDir
    Path tempDir;

    @Test
    void restartsAKilledServerWithItsDataOnTheSamePort() throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(tempDir, 0);
                EmbeddedDatabaseSupervisor supervisor = EmbeddedDatabaseSupervisor.watch(db, QUICK, null)) {
            execute(db.jdbcUrl(), db.password(), "CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(100) NOT NULL)",
                    "INSERT INTO note VALUES (1, 'before the kill')");
            ProcessHandle server = db.serverProcess().orElseThrow();

            server.destroyForcibly(); // SIGKILL
            server.onExit().get(30, TimeUnit.SECONDS);
            long killedNanos = System.nanoTime();

            awaitRestart(supervisor, 1);
            System.out.printf("Embedded MariaDB back %d ms after the kill%n",
                    Duration.ofNanos(System.nanoTime() - killedNanos).toMillis());
            ProcessHandle restarted = db.serverProcess().orElseThrow();
            assertThat(restarted.pid()).isNotEqualTo(server.pid());
            assertThat(db.isRunning()).isTrue();
            assertThat(readNote(db.jdbcUrl(), db.password())).as("same port, same files").isEqualTo("before the kill");
            assertThat(LeftoverServers.find(db.databaseDirectory())).containsExactly(restarted);
        }
    }

    @Test
    void aNormalShutdownRestartsNothing() throws Exception {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(tempDir, 0);
        EmbeddedDatabaseSupervisor supervisor = EmbeddedDatabaseSupervisor.watch(db, QUICK, null);
        ProcessHandle server = db.serverProcess().orElseThrow();

        // the order Spring uses (the supervisor depends on the server), and the reverse: neither restarts the server
        db.close();
        server.onExit().get(30, TimeUnit.SECONDS);
        // the supervisor sees the server go, finds it closed and stops watching; had it started a restart instead, it
        // would still be watching (the new server, or retrying a restart the closed server refuses)
        Await.until("the supervisor to stop watching the closed server", Duration.ofSeconds(30),
                () -> !supervisor.isWatching());
        supervisor.close();

        assertThat(supervisor.restarts()).isZero();
        assertThat(LeftoverServers.find(db.databaseDirectory())).isEmpty();
        assertThat(db.isRunning()).isFalse();
        // the data folder lock was released: another portal may start on it
        EmbeddedMariaDb.start(tempDir, 0).close();
    }

    private static void awaitRestart(EmbeddedDatabaseSupervisor supervisor, int restarts) throws InterruptedException {
        Await.until(restarts + " restart(s) of the killed server", EmbeddedMariaDb.START_TIMEOUT,
                () -> supervisor.restarts() >= restarts);
        assertThat(supervisor.restarts()).as("restarts").isEqualTo(restarts);
    }

    private static void execute(String jdbcUrl, String password, String... sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedMariaDb.USER, password);
                Statement statement = connection.createStatement()) {
            for (String one : sql) {
                statement.execute(one);
            }
        }
    }

    private static String readNote(String jdbcUrl, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedMariaDb.USER, password);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT text FROM note WHERE id = 1")) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }
}

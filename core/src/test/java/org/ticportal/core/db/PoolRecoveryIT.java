package org.ticportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pool whose database was killed drops all its idle connections at the first one found dead, so that the requests
 * after the server is back get new connections, not the others of before (which Hikari hands out unchecked when they
 * were used in the last half second).
 */
class PoolRecoveryIT {

    @TempDir
    Path folder;

    @Test
    void theFirstDeadConnectionDropsTheOthers() throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(folder, 0);
             HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(db.jdbcUrl());
            pool.setUsername(EmbeddedMariaDb.USER);
            pool.setPassword(db.password());
            pool.setMaximumPoolSize(3);
            pool.setMinimumIdle(3);
            pool.setConnectionTimeout(2_000);
            new PoolRecovery().postProcessAfterInitialization(pool, "dataSource");
            // three connections, each used just now
            List<Connection> open = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                open.add(pool.getConnection());
            }
            for (Connection connection : open) {
                select(connection);
                connection.close();
            }
            assertThat(pool.getHikariPoolMXBean().getIdleConnections()).isEqualTo(3);

            ProcessHandle server = db.serverProcess().orElseThrow();
            server.destroyForcibly();
            server.onExit().get(30, TimeUnit.SECONDS);
            try (Connection dead = pool.getConnection()) {
                assertThatThrownBy(() -> select(dead)).isInstanceOf(SQLException.class);
            }
            assertThat(pool.getHikariPoolMXBean().getIdleConnections()).as("the other two dropped with it")
                    .isZero();

            db.restart();
            try (Connection back = pool.getConnection()) {
                select(back);
            }
        }
    }

    private static void select(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select 1");
        }
    }
}

package org.ticportal.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The load test's parameters, from system properties (run-load.sh passes them), shared by set-up, simulation and
 * verification so that they agree on the users of a run.
 *
 * @param baseUrl       the portal or the balancer in front of its nodes ({@code load.baseUrl})
 * @param users         how many applicants ({@code load.users}, 300)
 * @param offset        the first user's number ({@code load.users.offset}, 1): two runs can use different accounts
 * @param rampSeconds   over how long the applicants arrive ({@code load.rampSeconds}, 240)
 * @param password      the accounts' password ({@code load.password}, the demo password)
 * @param csv           the users of the run with their application ids ({@code load.csv})
 * @param jdbcUrl       the portal's database ({@code load.jdbcUrl})
 * @param dataDir       the portal's data folder, where the drafts' PDF is written ({@code load.dataDir})
 * @param pluginVersion the Xinzhou version new drafts are pinned to ({@code load.pluginVersion}; empty: found)
 */
public record LoadConfig(String baseUrl, int users, int offset, int rampSeconds, String password, Path csv,
                         String jdbcUrl, String jdbcUser, String jdbcPassword, Path dataDir, String pluginVersion) {

    public LoadConfig {
        if (users < 1 || offset < 0 || offset + users > 99_999 || rampSeconds < 0) {
            throw new IllegalArgumentException("users 1..99999 from offset >= 0, ramp >= 0 s");
        }
    }

    public static LoadConfig fromSystem() {
        return new LoadConfig(
                System.getProperty("load.baseUrl", "http://localhost:8080").replaceAll("/+$", ""),
                Integer.getInteger("load.users", 300),
                Integer.getInteger("load.users.offset", 1),
                Integer.getInteger("load.rampSeconds", 240),
                System.getProperty("load.password", "TicDemo#2026"),
                Path.of(System.getProperty("load.csv", "target/load-users.csv")),
                System.getProperty("load.jdbcUrl", "jdbc:mariadb://127.0.0.1:3306/ticportal"),
                System.getProperty("load.jdbcUser", "root"),
                System.getProperty("load.jdbcPassword", ""),
                Path.of(System.getProperty("load.dataDir", "data")),
                System.getProperty("load.pluginVersion", ""));
    }

    /** The user name of the n-th applicant: load00001. */
    public String username(int n) {
        return String.format("load%05d", n);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
    }
}

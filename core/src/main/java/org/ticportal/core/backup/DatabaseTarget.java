package org.ticportal.core.backup;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Where the MariaDB client tools connect to: the server, database and credentials of the DataSource the portal itself
 * uses (embedded or external), read from its JDBC URL.
 *
 * @param host     the server's host name or address
 * @param port     its TCP port
 * @param socket   a unix socket to use instead of TCP ({@code localSocket} on the JDBC URL), or {@code null}
 * @param database the portal's database (schema)
 * @param user     the database user
 * @param password the user's password, or {@code null} for none
 * @param sslMode  the JDBC URL's {@code sslMode} (MariaDB Connector/J: {@code disable}, the default, {@code trust},
 *                 {@code verify-ca}, {@code verify-full}); the client tools use TLS exactly when the portal does
 */
record DatabaseTarget(String host, int port, @Nullable String socket, String database, String user,
                      @Nullable String password, String sslMode) {

    private static final Pattern URL = Pattern.compile(
            "jdbc:(?:mariadb|mysql)(?::[a-z]+)?://(?:[^@/]*@)?\\[?([^\\]/:,?]*)\\]?(?::(\\d+))?[^/?]*/([^?;]+)(?:\\?(.*))?");

    DatabaseTarget {
        if (host.isBlank() || database.isBlank() || user.isBlank()) {
            throw new IllegalArgumentException("host, database and user are required");
        }
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (!List.of("disable", "trust", "verify-ca", "verify-full").contains(sslMode)) {
            throw new IllegalArgumentException("unknown sslMode: " + sslMode);
        }
    }

    /** The target of a Hikari data source (the portal's pool, embedded or external). */
    static DatabaseTarget of(DataSource dataSource) {
        HikariDataSource hikari;
        try {
            hikari = dataSource instanceof HikariDataSource h ? h : dataSource.unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The portal's DataSource is no Hikari pool (" + dataSource.getClass()
                    + "): cannot read its connection settings for mariadb-dump", e);
        }
        return parse(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
    }

    /** Reads a {@code jdbc:mariadb://host:port/database?options} URL; user and password may also be options. */
    static DatabaseTarget parse(@Nullable String jdbcUrl, @Nullable String user, @Nullable String password) {
        Matcher m = jdbcUrl == null ? null : URL.matcher(jdbcUrl);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("Cannot read the database from the JDBC URL " + jdbcUrl
                    + " (expected jdbc:mariadb://host:port/database)");
        }
        String host = m.group(1).isEmpty() ? "localhost" : m.group(1);
        int port = m.group(2) == null ? 3306 : Integer.parseInt(m.group(2));
        String socket = option(m.group(4), "localSocket");
        String u = user != null && !user.isBlank() ? user : option(m.group(4), "user");
        String p = password != null ? password : option(m.group(4), "password");
        String sslMode = option(m.group(4), "sslMode");
        return new DatabaseTarget(host, port, socket, m.group(3), u == null ? "root" : u, p,
                sslMode == null ? "disable" : sslMode.toLowerCase(Locale.ROOT));
    }

    private static @Nullable String option(@Nullable String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The client option file's {@code [client]} section: connection and credentials, never on a command line. */
    String clientOptions() {
        StringBuilder s = new StringBuilder("[client]\n");
        s.append("user=").append(quoted(user)).append('\n');
        if (password != null && !password.isEmpty()) {
            s.append("password=").append(quoted(password)).append('\n');
        }
        if (socket != null) {
            s.append("socket=").append(quoted(socket)).append('\n');
        } else {
            s.append("host=").append(quoted(host)).append('\n');
            s.append("port=").append(port).append('\n');
            s.append("protocol=TCP\n");
        }
        // the client tools of MariaDB 11 require TLS by default; follow the portal's own connection instead
        switch (sslMode) {
            case "disable" -> s.append("skip-ssl\n");
            case "trust" -> s.append("ssl\nskip-ssl-verify-server-cert\n");
            default -> s.append("ssl\nssl-verify-server-cert\n");
        }
        return s.toString();
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Override
    public String toString() {
        return "DatabaseTarget[" + user + "@" + (socket != null ? socket : host + ":" + port) + "/" + database + "]";
    }
}

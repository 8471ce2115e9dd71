package org.ticportal.core.db;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs an {@link EmbeddedMariaDb} in its own JVM for {@link EmbeddedMariaDbIT}: starts it on the data folder given as
 * the only argument, prints {@value #READY_PREFIX} and the JDBC URL, then waits until its standard input closes or
 * the process is killed. It never closes the server itself, like a portal killed with {@code kill -9}.
 */
public final class EmbeddedMariaDbChildMain {

    /** Printed, followed by the JDBC URL, once the server accepts connections. */
    public static final String READY_PREFIX = "EMBEDDED-MARIADB-READY ";

    private EmbeddedMariaDbChildMain() {
    }

    /**
     * Starts the server and blocks.
     *
     * @param args the data folder
     * @throws IOException if standard input fails
     */
    public static void main(String[] args) throws IOException {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(args[0]), 0);
        System.out.println(READY_PREFIX + db.jdbcUrl());
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the parent
        }
    }
}

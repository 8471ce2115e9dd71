package org.ticportal.core.db;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and stops MariaDB servers left running on a database directory by a portal that was killed
 * ({@code kill -9}): its {@code mariadbd} child outlives it and keeps the InnoDB files locked. Only call this while
 * holding the {@link DataFolderLock}: then no live portal owns such a server.
 */
final class LeftoverServers {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServers.class);

    static final Duration GRACEFUL_STOP_TIMEOUT = Duration.ofSeconds(20);
    static final Duration FORCED_STOP_TIMEOUT = Duration.ofSeconds(10);

    private LeftoverServers() {
    }

    /**
     * Returns the running MariaDB servers whose {@code --datadir} is the given directory.
     *
     * @param databaseDirectory the database directory, absolute with symbolic links resolved, as passed to the server
     * @return the matching processes, possibly none
     */
    static List<ProcessHandle> find(Path databaseDirectory) {
        String datadirArgument = "--datadir=" + databaseDirectory;
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != self)
                .filter(process -> isServerOn(process.info(), datadirArgument))
                .toList();
    }

    /**
     * Stops every server that {@link #find(Path)} returns: asks it to shut down (SIGTERM, so InnoDB closes cleanly),
     * waits up to {@link #GRACEFUL_STOP_TIMEOUT}, then kills it.
     *
     * @param databaseDirectory the database directory, absolute with symbolic links resolved
     * @return how many servers were stopped
     * @throws IllegalStateException if a server outlives even the forced stop
     */
    static int stopAll(Path databaseDirectory) {
        List<ProcessHandle> leftovers = find(databaseDirectory);
        for (ProcessHandle leftover : leftovers) {
            log.warn("Found a MariaDB server (pid {}) left running on {}, probably by a portal that was killed;"
                    + " stopping it before starting the embedded database", leftover.pid(), databaseDirectory);
            stop(leftover, databaseDirectory);
        }
        return leftovers.size();
    }

    private static boolean isServerOn(ProcessHandle.Info info, String datadirArgument) {
        String command = info.command().orElse("");
        if (!command.contains("mariadbd") && !command.contains("mysqld")) {
            return false;
        }
        return info.arguments()
                .map(arguments -> Arrays.stream(arguments).map(LeftoverServers::unquoted).anyMatch(datadirArgument::equals))
                .orElse(false);
    }

    private static String unquoted(String argument) {
        return argument.replace("\"", "").replace("'", "");
    }

    private static void stop(ProcessHandle server, Path databaseDirectory) {
        server.destroy();
        if (awaitExit(server, GRACEFUL_STOP_TIMEOUT)) {
            log.warn("Stopped leftover MariaDB server (pid {})", server.pid());
            return;
        }
        log.warn("Leftover MariaDB server (pid {}) did not stop within {} s; killing it", server.pid(),
                GRACEFUL_STOP_TIMEOUT.toSeconds());
        server.destroyForcibly();
        if (!awaitExit(server, FORCED_STOP_TIMEOUT)) {
            throw new IllegalStateException("Cannot stop the MariaDB server (pid " + server.pid() + ") left running on "
                    + databaseDirectory + "; stop it by hand and start the portal again.");
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for MariaDB server (pid " + process.pid()
                    + ") to stop", e);
        }
    }
}

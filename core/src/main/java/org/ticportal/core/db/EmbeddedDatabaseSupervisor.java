package org.ticportal.core.db;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Watches the process of the {@link EmbeddedMariaDb} and starts the server again when it dies (killed, crashed, out
 * of memory): on the same data folder, port and settings, retrying with a growing delay until it runs. While the
 * server is away the application's readiness is {@link ReadinessState#REFUSING_TRAFFIC}; once it runs again,
 * {@link ReadinessState#ACCEPTING_TRAFFIC}. The connection pool reconnects by itself.
 *
 * <p>A normal shutdown never triggers a restart: {@link #close()} stops the watch before the server is stopped, and
 * the server refuses {@link EmbeddedMariaDb#restart()} once closed.
 */
public final class EmbeddedDatabaseSupervisor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseSupervisor.class);

    private final EmbeddedMariaDb database;
    private final Settings settings;
    private final @Nullable ApplicationEventPublisher events;
    private final AtomicInteger restarts = new AtomicInteger();
    private final Thread watcher;
    private volatile boolean stopping;

    /**
     * How the supervisor retries.
     *
     * @param firstRetryDelay the wait after a failed restart attempt, doubled after each further failure
     * @param maxRetryDelay the longest wait between two attempts
     */
    public record Settings(Duration firstRetryDelay, Duration maxRetryDelay) {

        /** One second, doubling up to 30 seconds. */
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(1), Duration.ofSeconds(30));

        /** Validates the delays. */
        public Settings {
            if (firstRetryDelay.isNegative() || firstRetryDelay.isZero()) {
                throw new IllegalArgumentException("The first retry delay must be positive: " + firstRetryDelay);
            }
            if (maxRetryDelay.compareTo(firstRetryDelay) < 0) {
                throw new IllegalArgumentException("The longest retry delay " + maxRetryDelay
                        + " is shorter than the first " + firstRetryDelay);
            }
        }
    }

    private EmbeddedDatabaseSupervisor(EmbeddedMariaDb database, Settings settings,
            @Nullable ApplicationEventPublisher events) {
        this.database = database;
        this.settings = settings;
        this.events = events;
        this.watcher = Thread.ofPlatform().name("embedded-db-supervisor").daemon().unstarted(this::watch);
    }

    /**
     * Starts watching the server.
     *
     * @param database the running server
     * @param settings the retry delays
     * @param events where readiness changes are published, or {@code null} for none
     * @return the running supervisor; close it before the server
     */
    public static EmbeddedDatabaseSupervisor watch(EmbeddedMariaDb database, Settings settings,
            @Nullable ApplicationEventPublisher events) {
        EmbeddedDatabaseSupervisor supervisor = new EmbeddedDatabaseSupervisor(database, settings, events);
        supervisor.watcher.start();
        return supervisor;
    }

    /** @return how many times the server was restarted since the supervisor started */
    public int restarts() {
        return restarts.get();
    }

    /**
     * @return whether the supervisor still watches the server: false once it was closed, or once it found the server
     *         closed and stopped by itself, after which it restarts nothing
     */
    boolean isWatching() {
        return watcher.isAlive();
    }

    private void watch() {
        while (!mustStop()) {
            Optional<ProcessHandle> server = database.serverProcess();
            if (server.isPresent()) {
                if (!awaitExit(server.get())) {
                    return;
                }
                if (mustStop()) {
                    return;
                }
                log.error("The embedded MariaDB (pid {}) has stopped unexpectedly; restarting it on {}",
                        server.get().pid(), database.databaseDirectory());
            } else {
                log.error("The embedded MariaDB is not running; starting it again on {}", database.databaseDirectory());
            }
            readiness(ReadinessState.REFUSING_TRAFFIC);
            restartWithRetries();
        }
    }

    private boolean mustStop() {
        return stopping || database.isClosed();
    }

    /** @return false when interrupted (closing) */
    private boolean awaitExit(ProcessHandle server) {
        try {
            server.onExit().get();
            return true;
        } catch (InterruptedException e) {
            return false;
        } catch (ExecutionException e) {
            return !server.isAlive();
        }
    }

    private void restartWithRetries() {
        Duration delay = settings.firstRetryDelay();
        for (int attempt = 1; !mustStop(); attempt++) {
            try {
                database.restart();
                restarts.incrementAndGet();
                readiness(ReadinessState.ACCEPTING_TRAFFIC);
                return;
            } catch (RuntimeException e) {
                if (mustStop()) {
                    return;
                }
                log.error("Restart attempt {} of the embedded MariaDB failed; next attempt in {} s", attempt,
                        delay.toSeconds(), e);
            }
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                return;
            }
            Duration doubled = delay.multipliedBy(2);
            delay = doubled.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : doubled;
        }
    }

    private void readiness(ReadinessState state) {
        if (events != null) {
            AvailabilityChangeEvent.publish(events, this, state);
        }
    }

    /** Stops watching; a restart under way is finished by the server's own lock before it can be stopped. */
    @Override
    public void close() {
        stopping = true;
        watcher.interrupt();
        try {
            watcher.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.ticportal.core.db;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Starts the {@link EmbeddedMariaDb} in a thread of its own as soon as the context is initialized (the configuration
 * read, the initializers run, no bean defined yet), so that the server's own start (about 4–6 s, longer for a new
 * database) runs while Spring reads the configuration classes and scans, instead of before JPA. Not earlier, when the
 * environment is prepared: a test's {@code @DynamicPropertySource} (a database URL, a data folder) is added by an
 * initializer. {@link EmbeddedDatabaseConfiguration} then {@linkplain #claim claims} the running server instead of
 * starting one. Only where {@value #PROPERTY} is {@code true} (the portal's {@code application.yml} says so: another
 * Spring application with this module on its class path, a test's or a benchmark's, starts no server it never asked
 * for) and no external database is configured (the same rule as {@link NoDatasourceConfiguredCondition}).
 *
 * <p>A server started here that nobody claims by the time the application has started or failed (a context without
 * {@link EmbeddedDatabaseConfiguration}, or one that failed before its data source) is closed again before the event
 * returns: the listener waits for the start to finish first, so that a failing application does not exit with the
 * server half-installed or running without its owner, and the data folder's lock is free afterwards. A
 * start that failed is reported where the server is claimed, with its own exception (a
 * {@link DataFolderInUseException} still reaches its failure analyzer).
 *
 * <p>Registered in {@code META-INF/spring.factories}: Spring Boot makes one instance per {@code SpringApplication},
 * and this instance closes only what it started itself.
 */
public class EarlyEmbeddedStart implements ApplicationListener<SpringApplicationEvent>, Ordered {

    /**
     * {@code true}: start the embedded server early (the portal's {@code application.yml}); otherwise it starts when
     * its bean is created, as before 2026-12-07.
     */
    public static final String PROPERTY = "ticportal.embedded-db.early-start";

    private static final Logger log = LoggerFactory.getLogger(EarlyEmbeddedStart.class);

    /** Starts not yet claimed, by what they were started with. */
    private static final Map<Key, CompletableFuture<EmbeddedMariaDb>> STARTED = new ConcurrentHashMap<>();

    /** What this instance started, to close it when unclaimed. */
    private final List<Map.Entry<Key, CompletableFuture<EmbeddedMariaDb>>> mine = new ArrayList<>();

    /** The settings a server is started with: a claim takes only a server started with the same. */
    record Key(Path dataFolder, int port, ServerOptions options) {
        Key {
            dataFolder = dataFolder.toAbsolutePath().normalize();
        }
    }

    @Override
    public int getOrder() {
        // after LoggingApplicationListener, so that the start logs where the portal logs
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationContextInitializedEvent initialized) {
            startIfEmbedded(initialized.getApplicationContext().getEnvironment());
        } else if (event instanceof ApplicationStartedEvent || event instanceof ApplicationFailedEvent) {
            closeUnclaimed();
        }
    }

    private void startIfEmbedded(ConfigurableEnvironment environment) {
        if (StringUtils.hasText(environment.getProperty(NoDatasourceConfiguredCondition.URL_PROPERTY))
                || !environment.getProperty(PROPERTY, Boolean.class, false)) {
            return;
        }
        Key key = EmbeddedDatabaseConfiguration.keyFrom(environment);
        CompletableFuture<EmbeddedMariaDb> start = new CompletableFuture<>();
        if (STARTED.putIfAbsent(key, start) != null) {
            return; // another application in this JVM is starting one on the same folder: its claim decides
        }
        synchronized (mine) {
            mine.add(Map.entry(key, start));
        }
        Thread thread = new Thread(() -> {
            try {
                start.complete(EmbeddedMariaDb.start(key.dataFolder(), key.port(), key.options()));
            } catch (Throwable e) {
                start.completeExceptionally(e);
            }
        }, "embedded-mariadb-start");
        thread.setDaemon(true);
        thread.start();
        log.debug("Starting the embedded MariaDB on {} while the application context starts", key.dataFolder());
    }

    /**
     * The server started early with exactly these settings, waiting for its start to finish; empty when none was
     * started (then the caller starts one itself). Each start is claimed at most once.
     *
     * @throws RuntimeException the start's own failure, e.g. {@link DataFolderInUseException}
     */
    static Optional<EmbeddedMariaDb> claim(Key key) {
        CompletableFuture<EmbeddedMariaDb> start = STARTED.remove(key);
        if (start == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(start.join());
        } catch (CompletionException e) {
            throw rethrown(e.getCause());
        }
    }

    private void closeUnclaimed() {
        List<Map.Entry<Key, CompletableFuture<EmbeddedMariaDb>>> started;
        synchronized (mine) {
            started = List.copyOf(mine);
            mine.clear();
        }
        for (Map.Entry<Key, CompletableFuture<EmbeddedMariaDb>> entry : started) {
            if (STARTED.remove(entry.getKey(), entry.getValue())) {
                log.info("Nobody used the embedded MariaDB started on {}: closing it", entry.getKey().dataFolder());
                closeWhenStarted(entry.getKey(), entry.getValue());
            }
        }
    }

    /** Waits for the start (at most its own time limit), then closes the server; a start that failed left none. */
    private static void closeWhenStarted(Key key, CompletableFuture<EmbeddedMariaDb> start) {
        try {
            start.get(EmbeddedMariaDb.START_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS).close();
        } catch (ExecutionException e) {
            log.debug("The unused embedded MariaDB on {} did not start: {}", key.dataFolder(), e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            start.thenAccept(EmbeddedMariaDb::close);
        } catch (TimeoutException e) {
            log.warn("The unused embedded MariaDB on {} has not finished starting: it is closed when it has",
                    key.dataFolder());
            start.thenAccept(EmbeddedMariaDb::close);
        }
    }

    private static RuntimeException rethrown(@Nullable Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("The embedded MariaDB could not be started", cause);
    }
}

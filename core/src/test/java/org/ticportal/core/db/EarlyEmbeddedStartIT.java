package org.ticportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded MariaDB starts while the context starts (before any bean exists), the configuration's bean takes that
 * server, and a server nobody takes is closed again.
 */
class EarlyEmbeddedStartIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Configuration(proxyBeanMethods = false)
    static class NoDatabase {
    }

    @Test
    void theServerIsStartingBeforeAnyBeanAndTheConfigurationTakesIt(@TempDir Path dataFolder) {
        AtomicBoolean runningBeforeBeans = new AtomicBoolean();
        try (ConfigurableApplicationContext context = application(EmbeddedDatabaseConfiguration.class, dataFolder)
                .listeners(new WhenTheServerRuns(dataFolder, runningBeforeBeans))
                .run()) {
            assertThat(runningBeforeBeans).as("the server ran before the context refreshed").isTrue();
            EmbeddedMariaDb db = context.getBean(EmbeddedMariaDb.class);
            assertThat(db.isRunning()).isTrue();
            assertThat(new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), EmbeddedMariaDb.USER,
                    db.password())).queryForObject("SELECT DATABASE()", String.class)).isEqualTo("ticportal");
            assertThat(EarlyEmbeddedStart.claim(EmbeddedDatabaseConfiguration.keyFrom(context.getEnvironment())))
                    .as("claimed once").isEmpty();
        }
        assertReleased(dataFolder);
    }

    @Test
    void aServerNobodyTakesIsClosedOnceTheApplicationHasStarted(@TempDir Path dataFolder) throws Exception {
        AtomicBoolean runningBeforeBeans = new AtomicBoolean();
        try (ConfigurableApplicationContext context = application(NoDatabase.class, dataFolder)
                .listeners(new WhenTheServerRuns(dataFolder, runningBeforeBeans))
                .run()) {
            assertThat(runningBeforeBeans).isTrue();
            assertThat(context.getBeansOfType(EmbeddedMariaDb.class)).isEmpty();
            // closed before the application counted as started, not some time later
            assertReleased(dataFolder);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Failing {
        @org.springframework.context.annotation.Bean
        Object broken() {
            throw new IllegalStateException("a bean that cannot be made");
        }
    }

    @Test
    void anApplicationThatFailsLeavesNoServerAndNoLockBehind(@TempDir Path dataFolder) {
        AtomicBoolean runningBeforeBeans = new AtomicBoolean();
        assertThatThrownBy(() -> application(Failing.class, dataFolder)
                .listeners(new WhenTheServerRuns(dataFolder, runningBeforeBeans))
                .run()).hasRootCauseMessage("a bean that cannot be made");
        assertThat(runningBeforeBeans).isTrue();
        // the start had not finished when the bean failed: the failure waited for it and closed it
        assertReleased(dataFolder);
    }

    @Test
    void notAskedForNothingStartsBeforeTheBean(@TempDir Path dataFolder) {
        // as a benchmark's bare application or another program with this module on its class path
        startsOnlyWithTheBean(new SpringApplicationBuilder(EmbeddedDatabaseConfiguration.class)
                .web(WebApplicationType.NONE)
                .properties(EmbeddedDatabaseConfiguration.DATA_DIR_PROPERTY + "=" + dataFolder,
                        EmbeddedDatabaseConfiguration.SUPERVISION_PROPERTY + ".enabled=false"), dataFolder);
    }

    @Test
    void turnedOffNothingStartsBeforeTheBean(@TempDir Path dataFolder) {
        startsOnlyWithTheBean(application(EmbeddedDatabaseConfiguration.class, dataFolder)
                .properties(EarlyEmbeddedStart.PROPERTY + "=false"), dataFolder);
    }

    private static void startsOnlyWithTheBean(SpringApplicationBuilder application, Path dataFolder) {
        AtomicBoolean freeBeforeBeans = new AtomicBoolean();
        try (ConfigurableApplicationContext context = application
                .listeners(new NothingStarting(dataFolder, freeBeforeBeans))
                .run()) {
            assertThat(freeBeforeBeans).isTrue();
            assertThat(context.getBean(EmbeddedMariaDb.class).isRunning()).isTrue();
        }
        assertReleased(dataFolder);
    }

    @Test
    void aDatabaseUrlSetByAnInitializerStartsNothing(@TempDir Path dataFolder) {
        // as a test's @DynamicPropertySource does: the URL arrives after the environment was prepared
        AtomicBoolean freeBeforeBeans = new AtomicBoolean();
        try (ConfigurableApplicationContext context = application(NoDatabase.class, dataFolder)
                .initializers(initialized -> TestPropertyValues.of("spring.datasource.url=jdbc:mariadb://127.0.0.1:1/x")
                        .applyTo(initialized))
                .listeners(new NothingStarting(dataFolder, freeBeforeBeans))
                .run()) {
            assertThat(freeBeforeBeans).isTrue();
        }
        assertThat(dataFolder.resolve("mariadb")).doesNotExist();
    }

    private static SpringApplicationBuilder application(Class<?> configuration, Path dataFolder) {
        return new SpringApplicationBuilder(configuration)
                .web(WebApplicationType.NONE)
                .properties(EmbeddedDatabaseConfiguration.DATA_DIR_PROPERTY + "=" + dataFolder,
                        EmbeddedDatabaseConfiguration.SUPERVISION_PROPERTY + ".enabled=false",
                        "spring.main.banner-mode=off", EarlyEmbeddedStart.PROPERTY + "=true");
    }

    /**
     * Before the refresh (no bean yet): waits until the server's process runs on the data folder (looking, not
     * locking: a lock taken here would make the start fail).
     */
    private record WhenTheServerRuns(Path dataFolder, AtomicBoolean started)
            implements ApplicationListener<ApplicationPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationPreparedEvent event) {
            org.awaitility.Awaitility.await().atMost(WAIT).pollInterval(java.time.Duration.ofMillis(20))
                    .until(() -> !LeftoverServers.find(databaseDirectory(dataFolder)).isEmpty());
            started.set(true);
        }
    }

    /** Before the refresh: nothing is starting a server, and the data folder is free. */
    private record NothingStarting(Path dataFolder, AtomicBoolean free)
            implements ApplicationListener<ApplicationPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationPreparedEvent event) {
            // an early start would have begun its thread when the context was initialized, before this event
            boolean starting = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().equals("embedded-mariadb-start"));
            try (DataFolderLock lock = DataFolderLock.acquire(dataFolder)) {
                free.set(!starting && lock.isHeld());
            }
        }
    }

    private static void assertReleased(Path dataFolder) {
        assertThat(LeftoverServers.find(databaseDirectory(dataFolder))).isEmpty();
        try (DataFolderLock lock = DataFolderLock.acquire(dataFolder)) {
            assertThat(lock.isHeld()).isTrue();
        }
    }

    private static Path databaseDirectory(Path dataFolder) {
        try {
            return dataFolder.toRealPath().resolve("mariadb").resolve("data");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

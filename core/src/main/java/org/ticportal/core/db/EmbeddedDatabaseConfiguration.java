package org.ticportal.core.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Runs the portal on an {@link EmbeddedMariaDb} when no external database is configured
 * ({@code spring.datasource.url} / {@code SPRING_DATASOURCE_URL} unset): the server starts in the data folder and a
 * Hikari {@code dataSource} bean points at it, so Spring Boot's own DataSource auto-configuration backs off and Flyway
 * and JPA use this one. With {@code spring.datasource.url} set, none of this is active and nothing is started.
 *
 * <p>Properties: {@value #DATA_DIR_PROPERTY} (default {@value #DEFAULT_DATA_DIR}, relative to the working directory),
 * {@value #PORT_PROPERTY} (default 0: a free port, on 127.0.0.1 only), {@value #SUPERVISION_PROPERTY}
 * ({@code .enabled}, default true; {@code .first-retry-delay}, {@code .max-retry-delay}: see
 * {@link EmbeddedDatabaseSupervisor}), {@value ServerOptions#BINARIES_PROPERTY} and
 * {@value ServerOptions#REDO_LOG_SIZE_PROPERTY} and {@value ServerOptions#BUFFER_POOL_SIZE_PROPERTY} (see
 * {@link ServerOptions}), and the usual {@code spring.datasource.hikari.*} pool settings.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfiguredCondition.class)
public class EmbeddedDatabaseConfiguration {

    /** The portal data folder; the database lives in its {@code mariadb} subfolder. */
    public static final String DATA_DIR_PROPERTY = "ticportal.data-dir";

    /** Default of {@link #DATA_DIR_PROPERTY}. */
    public static final String DEFAULT_DATA_DIR = "data";

    /** TCP port of the embedded server on 127.0.0.1; 0 or unset picks a free one at each start. */
    public static final String PORT_PROPERTY = "ticportal.embedded-db.port";

    /** Prefix of the supervision settings; {@code <prefix>.enabled=false} turns the supervision off. */
    public static final String SUPERVISION_PROPERTY = "ticportal.embedded-db.supervision";

    /** Default wait for a pooled connection: short, so that users hear about a database that is away quickly. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

    /** Default time a dead pooled connection may take to show it is dead. */
    static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(2);

    /**
     * Locks the data folder and starts the embedded server — or takes the one {@link EarlyEmbeddedStart} began
     * starting when the configuration was read; stopped when the context closes, after the data source.
     *
     * @param environment source of {@value #DATA_DIR_PROPERTY} and {@value #PORT_PROPERTY}
     * @return the running server
     */
    @Bean(destroyMethod = "close")
    public EmbeddedMariaDb embeddedMariaDb(Environment environment) {
        EarlyEmbeddedStart.Key key = keyFrom(environment);
        return EarlyEmbeddedStart.claim(key)
                .orElseGet(() -> EmbeddedMariaDb.start(key.dataFolder(), key.port(), key.options()));
    }

    /** The data folder, port and server options the environment asks for. */
    static EarlyEmbeddedStart.Key keyFrom(Environment environment) {
        return new EarlyEmbeddedStart.Key(Path.of(environment.getProperty(DATA_DIR_PROPERTY, DEFAULT_DATA_DIR)),
                environment.getProperty(PORT_PROPERTY, Integer.class, 0),
                ServerOptions.from(environment::getProperty));
    }

    /**
     * The portal's connection pool on the embedded server.
     *
     * @param embeddedMariaDb the running server
     * @return a Hikari pool on the {@value EmbeddedMariaDb#DATABASE_NAME} database, as user
     *         {@value EmbeddedMariaDb#USER} with the password kept in the data folder
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(EmbeddedMariaDb embeddedMariaDb) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("ticportal-embedded");
        dataSource.setJdbcUrl(embeddedMariaDb.jdbcUrl());
        dataSource.setUsername(EmbeddedMariaDb.USER);
        dataSource.setPassword(embeddedMariaDb.password());
        // defaults; spring.datasource.hikari.* binds after this method and wins
        dataSource.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        dataSource.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        return dataSource;
    }

    /**
     * Restarts the embedded server when its process dies; closed before the server (it depends on it), so that a
     * normal shutdown restarts nothing.
     *
     * @param embeddedMariaDb the running server
     * @param environment source of the {@value #SUPERVISION_PROPERTY} settings
     * @param events where readiness changes go
     * @return the running supervisor
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = SUPERVISION_PROPERTY, name = "enabled", matchIfMissing = true)
    public EmbeddedDatabaseSupervisor embeddedDatabaseSupervisor(EmbeddedMariaDb embeddedMariaDb,
            Environment environment, ApplicationEventPublisher events) {
        Binder binder = Binder.get(environment);
        EmbeddedDatabaseSupervisor.Settings defaults = EmbeddedDatabaseSupervisor.Settings.DEFAULT;
        EmbeddedDatabaseSupervisor.Settings settings = new EmbeddedDatabaseSupervisor.Settings(
                binder.bind(SUPERVISION_PROPERTY + ".first-retry-delay", Duration.class)
                        .orElse(defaults.firstRetryDelay()),
                binder.bind(SUPERVISION_PROPERTY + ".max-retry-delay", Duration.class)
                        .orElse(defaults.maxRetryDelay()));
        return EmbeddedDatabaseSupervisor.watch(embeddedMariaDb, settings, events);
    }
}

package org.ticportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** Without {@code spring.datasource.url}, Spring Boot's DataSource, Flyway and JPA run on the embedded MariaDB. */
class EmbeddedDatabaseConfigurationIT {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    FlywayAutoConfiguration.class, HibernateJpaAutoConfiguration.class))
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class);

    @Test
    void backsDataSourceFlywayAndJpaAndStopsWithTheContext(@TempDir Path dataFolder) {
        AtomicReference<Path> databaseDirectory = new AtomicReference<>();

        runner.withPropertyValues("ticportal.data-dir=" + dataFolder).run(context -> {
            assertThat(context).hasNotFailed()
                    .hasSingleBean(EmbeddedMariaDb.class)
                    .hasSingleBean(DataSource.class)
                    .hasSingleBean(EntityManagerFactory.class);
            EmbeddedMariaDb db = context.getBean(EmbeddedMariaDb.class);
            databaseDirectory.set(db.databaseDirectory());
            DataSource dataSource = context.getBean("dataSource", DataSource.class);
            assertThat(((HikariDataSource) dataSource).getJdbcUrl()).isEqualTo(db.jdbcUrl());
            assertThat(((HikariDataSource) dataSource).getUsername()).isEqualTo("ticportal");
            assertThat(((HikariDataSource) dataSource).getPassword()).isEqualTo(db.password()).isNotBlank();
            assertThat(context.getBean(Flyway.class).getConfiguration().getDataSource()).isSameAs(dataSource);

            Map<String, Object> settings = new JdbcTemplate(dataSource).queryForMap("SELECT DATABASE() AS name,"
                    + " @@character_set_database AS charset, @@collation_database AS collation,"
                    + " @@bind_address AS bind_address, CURRENT_USER() AS user");
            assertThat(settings).containsEntry("name", "ticportal")
                    .containsEntry("charset", "utf8mb4")
                    .containsEntry("collation", "utf8mb4_unicode_ci")
                    .containsEntry("bind_address", "127.0.0.1")
                    .containsEntry("user", "ticportal@127.0.0.1");
            assertThatThrownBy(() -> DataFolderLock.acquire(dataFolder)).isInstanceOf(DataFolderInUseException.class);
        });

        assertThat(LeftoverServers.find(databaseDirectory.get())).isEmpty();
        try (DataFolderLock lock = DataFolderLock.acquire(dataFolder)) {
            assertThat(lock.isHeld()).isTrue();
        }
    }
}

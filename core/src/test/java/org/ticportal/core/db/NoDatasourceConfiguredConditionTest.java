package org.ticportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.mock.env.MockEnvironment;

/** The embedded database is off whenever an external one is configured; starting it is covered by the ITs. */
class NoDatasourceConfiguredConditionTest {

    private static final String EXTERNAL_URL = "jdbc:mariadb://127.0.0.1:3306/ticportal";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class);

    @Test
    void configuredUrlPropertySwitchesTheEmbeddedDatabaseOff() {
        runner.withPropertyValues("spring.datasource.url=" + EXTERNAL_URL).run(context -> {
            assertThat(context).hasNotFailed()
                    .doesNotHaveBean(EmbeddedDatabaseConfiguration.class)
                    .doesNotHaveBean(EmbeddedMariaDb.class)
                    .hasSingleBean(DataSource.class);
            assertThat(context.getBean(HikariDataSource.class).getJdbcUrl()).isEqualTo(EXTERNAL_URL);
        });
    }

    @Test
    void configuredUrlEnvironmentVariableSwitchesTheEmbeddedDatabaseOff() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("test-environment",
                                Map.of("SPRING_DATASOURCE_URL", EXTERNAL_URL))))
                .run(context -> {
                    assertThat(context).hasNotFailed()
                            .doesNotHaveBean(EmbeddedDatabaseConfiguration.class)
                            .doesNotHaveBean(EmbeddedMariaDb.class);
                    assertThat(context.getBean(HikariDataSource.class).getJdbcUrl()).isEqualTo(EXTERNAL_URL);
                });
    }

    @Test
    void matchesWhenNoUrlIsConfigured() {
        assertThat(matches(new MockEnvironment())).isTrue();
    }

    @Test
    void matchesWhenTheUrlIsBlank() {
        assertThat(matches(new MockEnvironment().withProperty("spring.datasource.url", " "))).isTrue();
    }

    @Test
    void doesNotMatchWhenAUrlIsConfigured() {
        assertThat(matches(new MockEnvironment().withProperty("spring.datasource.url", EXTERNAL_URL))).isFalse();
    }

    private static boolean matches(MockEnvironment environment) {
        ConditionContext context = mock(ConditionContext.class);
        when(context.getEnvironment()).thenReturn(environment);
        return new NoDatasourceConfiguredCondition()
                .matches(context, AnnotationMetadata.introspect(EmbeddedDatabaseConfiguration.class));
    }
}

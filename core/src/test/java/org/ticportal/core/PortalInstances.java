package org.ticportal.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * More portal instances for the tests of several nodes on one database (issue 14): a Spring application context
 * built as an {@link IntegrationTest}'s is (the core application, the same plugins folder and mode), on the SAME
 * MariaDB database as the test's own context (its JDBC URL and account: no second server; Flyway finds the schema
 * migrated), or on another database of that server. Each instance has its own data folder, as a node would. The test
 * configurations other test classes nest ({@code @TestComponent}s) are left out of the component scan, as the Spring
 * test framework leaves them out of the first context; a test names the ones it wants as extra sources.
 */
public final class PortalInstances {

    private PortalInstances() {
    }

    /** The properties of an instance on the test context's database and plugins folder. */
    public static Map<String, Object> sameDatabase(HikariDataSource dataSource, Environment environment) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", dataSource.getJdbcUrl());
        properties.put("spring.datasource.username", dataSource.getUsername());
        properties.put("spring.datasource.password", dataSource.getPassword() == null ? "" : dataSource.getPassword());
        properties.put("ticportal.data-dir", Path.of("target", "it-data", "node-" + UUID.randomUUID())
                .toAbsolutePath().toString());
        properties.put("ticportal.plugins.dir", environment.getRequiredProperty("ticportal.plugins.dir"));
        properties.put("ticportal.plugins.mode", environment.getRequiredProperty("ticportal.plugins.mode"));
        return properties;
    }

    /**
     * The JDBC URL of another database on the same server: {@code jdbc:mariadb://host:port/<database>?…}, created if
     * missing.
     */
    public static String otherDatabase(String jdbcUrl, String database) {
        if (!database.matches("[a-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("Not a database name: " + database);
        }
        int slash = jdbcUrl.indexOf('/', "jdbc:mariadb://".length());
        int query = jdbcUrl.indexOf('?', slash);
        String params = query < 0 ? "" : jdbcUrl.substring(query + 1);
        List<String> kept = new ArrayList<>();
        for (String p : params.split("&")) {
            if (!p.isBlank() && !p.startsWith("createDatabaseIfNotExist")) {
                kept.add(p);
            }
        }
        kept.add("createDatabaseIfNotExist=true");
        return jdbcUrl.substring(0, slash + 1) + database + "?" + String.join("&", kept);
    }

    /** Starts an instance (no web server) of the core application and the given extra sources. */
    public static ConfigurableApplicationContext start(Map<String, Object> properties, Class<?>... extraSources) {
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = CoreTestApplication.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(sources)
                .web(WebApplicationType.NONE)
                .initializers(context -> context.getBeanFactory().registerSingleton("testComponentsLeftOut",
                        new TestComponentsLeftOut()))
                .properties(properties);
        // the test JVM's logging is the test context's: an instance must neither set it up again (two instances
        // starting at once did so concurrently: ConcurrentModificationException) nor tear it down when it closes
        SpringApplication application = builder.application();
        application.setListeners(application.getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        return builder.run();
    }

    /** Leaves {@code @TestComponent}s ({@code @TestConfiguration}s among them) out of the component scan. */
    static final class TestComponentsLeftOut extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestComponentsLeftOut;
        }

        @Override
        public int hashCode() {
            return TestComponentsLeftOut.class.hashCode();
        }
    }
}

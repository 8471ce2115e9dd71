package org.ticportal.ui.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.Await;
import org.ticportal.core.db.EmbeddedDatabaseSupervisor;
import org.ticportal.core.db.EmbeddedMariaDb;
import org.ticportal.ui.PortalTestProperties;

/**
 * The embedded MariaDB is killed ({@code kill -9}) under the running portal: a correct login is answered "service
 * temporarily unavailable" within seconds (never "wrong password"), a page load gets the 503 page, the portal starts
 * its database again by itself, and then logins work and the data written before the kill is there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDatabaseOutageIT {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedMariaDb database;

    @Autowired
    EmbeddedDatabaseSupervisor supervisor;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationAvailability availability;

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        PortalTestProperties.register(registry);
    }

    @Test
    void theUserIsToldTheTruthWhileTheDatabaseIsAwayAndThePortalRecoversByItself() throws Exception {
        PortalClient signedIn = new PortalClient(port);
        assertThat(signedIn.loginAsAdmin().location()).doesNotContain("/login");
        assertThat(signedIn.get("/").statusCode()).isEqualTo(200);
        jdbc.execute("CREATE TABLE outage_probe (id INT PRIMARY KEY, text VARCHAR(50) NOT NULL)");
        jdbc.update("INSERT INTO outage_probe VALUES (1, '写于宕机之前')");

        ProcessHandle server = database.serverProcess().orElseThrow();
        int restartsBefore = supervisor.restarts();
        // the supervisor restarts the server within about a second; holding the server's monitor (which restart()
        // takes) keeps it away while the answers are checked, as a slow InnoDB recovery would
        synchronized (database) {
            server.destroyForcibly(); // kill -9
            server.onExit().get(30, TimeUnit.SECONDS);

            PortalClient.LoginAnswer away = new PortalClient(port).loginAsAdmin();
            System.out.printf("Login while the embedded database is away: %d %s after %d ms%n", away.status(),
                    away.location(), away.took().toMillis());
            assertThat(away.location()).as("the login tells the truth, never 'wrong password'")
                    .endsWith("/login?unavailable");
            assertThat(away.took()).as("no 30 s hang").isLessThan(Duration.ofSeconds(15));

            awaitReadiness(ReadinessState.REFUSING_TRAFFIC);
            HttpResponse<String> page = signedIn.get("/");
            System.out.printf("Page load while the embedded database is away: %d%n", page.statusCode());
            assertThat(page.statusCode()).as("service unavailable, not a blank page").isEqualTo(503);
            assertThat(page.body()).contains("服务暂时不可用，请稍后再试").doesNotContain("Exception");
            assertThat(supervisor.restarts()).isEqualTo(restartsBefore);
        }

        awaitRestart(restartsBefore + 1);
        assertThat(database.isRunning()).isTrue();
        awaitReadiness(ReadinessState.ACCEPTING_TRAFFIC);

        PortalClient.LoginAnswer back = new PortalClient(port).loginAsAdmin();
        System.out.printf("Login after the restart: %d %s after %d ms%n", back.status(), back.location(),
                back.took().toMillis());
        assertThat(back.location()).as("logged in").doesNotContain("/login");
        assertThat(signedIn.get("/").statusCode()).as("the open session works again").isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT text FROM outage_probe WHERE id = 1", String.class))
                .isEqualTo("写于宕机之前");
    }

    private void awaitReadiness(ReadinessState state) throws InterruptedException {
        Await.until("the readiness state " + state, Duration.ofSeconds(10),
                () -> availability.getReadinessState() == state);
        assertThat(availability.getReadinessState()).isEqualTo(state);
    }

    private void awaitRestart(int restarts) throws InterruptedException {
        Await.until("the supervisor to restart the database", Duration.ofMinutes(2),
                () -> supervisor.restarts() >= restarts);
        assertThat(supervisor.restarts()).as("the supervisor restarted the database").isGreaterThanOrEqualTo(restarts);
    }
}

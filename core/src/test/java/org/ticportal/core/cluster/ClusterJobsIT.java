package org.ticportal.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.PortalInstances;
import org.ticportal.core.notification.MailOutbox;

/**
 * Scheduled and start-up work on two portal instances sharing one MariaDB database (issue 14; the notice closer's
 * race is {@code NoticeCloserClusterIT}):
 * <ul>
 *   <li>the mail outbox of both instances, released at the same moment, sends each pending mail once (a real SMTP
 *       server, GreenMail, counts what arrived);</li>
 *   <li>two instances started together on a new, empty database both start: Flyway migrates once, and the start-up
 *       data (the demo accounts, the demo expert pool, the working-day calendars, the demo calls) is loaded once —
 *       the expert pool, which has no unique key, is not loaded twice. It needs a server account that may create a
 *       database: the test's own (an external server's administrator) or the local server's {@code root}
 *       (127.0.0.1:3306; {@code TICPORTAL_TEST_ADMIN_DB_URL}/{@code _USER}/{@code _PASSWORD} name another); the
 *       embedded server's account owns one database only.</li>
 * </ul>
 */
@IntegrationTest
class ClusterJobsIT {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        // the test sends itself: the schedule waits longer than it runs
        registry.add("ticportal.mail.outbox-delay", () -> "P1D");
        registry.add("ticportal.reminders.cron", () -> "-");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HikariDataSource dataSource;
    @Autowired
    Environment environment;

    @Test
    void twoInstancesSendEachPendingMailOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> addresses = new ArrayList<>();
        Instant due = Instant.now().minus(1, ChronoUnit.MINUTES);
        for (int i = 0; i < 20; i++) {
            String address = "node" + i + "-" + tag + "@cluster.example";
            addresses.add(address);
            jdbc.update("INSERT INTO notification (recipient, kind, subject_zh, subject_en, body_zh, body_en, created_at) "
                    + "VALUES (?, 'STEP', '集群', 'Cluster', '正文', 'Body', ?)", "n" + tag, Timestamp.from(due));
            long notification = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
            jdbc.update("INSERT INTO notification_mail (notification_id, address, language, subject, body, state, "
                    + "next_attempt_at, created_at) VALUES (?, ?, 'zh', ?, '正文', 'PENDING', ?, ?)", notification,
                    address, "集群邮件 " + i, Timestamp.from(due), Timestamp.from(due));
        }
        Map<String, Object> properties = PortalInstances.sameDatabase(dataSource, environment);
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", SMTP.getSmtp().getPort());
        properties.put("ticportal.mail.outbox-delay", "P1D");
        properties.put("ticportal.reminders.cron", "-");
        try (ConfigurableApplicationContext second = PortalInstances.start(properties)) {
            MailOutbox secondOutbox = second.getBean(MailOutbox.class);
            assertThat(secondOutbox).isNotSameAs(outbox);
            int sent = race(outbox::sendDue, secondOutbox::sendDue);
            assertThat(sent).as("mails sent by both instances together (others' pending mails included)")
                    .isGreaterThanOrEqualTo(addresses.size());
            // a round on either instance afterwards finds none of them due
            outbox.sendDue();
            secondOutbox.sendDue();
        }
        for (String address : addresses) {
            List<MimeMessage> received = new ArrayList<>();
            for (MimeMessage m : SMTP.getReceivedMessages()) {
                if (address.equals(m.getRecipients(Message.RecipientType.TO)[0].toString())) {
                    received.add(m);
                }
            }
            assertThat(received).as("mails received by %s", address).hasSize(1);
            assertThat(jdbc.queryForObject("SELECT state FROM notification_mail WHERE address = ?", String.class,
                    address)).isEqualTo("SENT");
        }
    }

    @Test
    void twoInstancesStartingTogetherOnAnEmptyDatabaseMigrateAndLoadStartUpDataOnce() throws Exception {
        String database = "tic_cluster_" + UUID.randomUUID().toString().substring(0, 8);
        ServerAccount server = serverThatCreatesDatabases();
        Callable<ConfigurableApplicationContext> node = () -> {
            Map<String, Object> properties = PortalInstances.sameDatabase(dataSource, environment);
            properties.put("spring.datasource.url", PortalInstances.otherDatabase(server.url(), database));
            properties.put("spring.datasource.username", server.user());
            properties.put("spring.datasource.password", server.password());
            properties.put("ticportal.demo-data.enabled", "true");
            properties.put("ticportal.reminders.cron", "-");
            return PortalInstances.start(properties);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        try {
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ConfigurableApplicationContext>> nodes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                nodes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return node.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (Future<ConfigurableApplicationContext> f : nodes) {
                try {
                    started.add(f.get(10, TimeUnit.MINUTES));
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertThat(failures).as("instances that failed to start").isEmpty();

            JdbcTemplate db = started.get(0).getBean(JdbcTemplate.class);
            assertThat(db.queryForObject("SELECT DATABASE()", String.class)).isEqualTo(database);
            assertThat(db.queryForList("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL "
                    + "GROUP BY version HAVING COUNT(*) > 1", String.class)).as("migrations applied twice").isEmpty();
            assertThat(db.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '41' "
                    + "AND success = 1", Long.class)).isEqualTo(1L);
            assertThat(db.queryForObject("SELECT COUNT(*) FROM app_user WHERE username IN ('admin', 'bureau', "
                    + "'county', 'applicant', 'expert', 'expert2', 'expert3', 'city', 'province', 'auditor')",
                    Long.class)).as("demo accounts").isEqualTo(10L);
            assertThat(db.queryForObject("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN'", Long.class))
                    .as("administrators").isEqualTo(1L);
            assertThat(db.queryForObject("SELECT COUNT(*) FROM expert", Long.class)).as("the demo expert pool, once")
                    .isEqualTo(5L);
            assertThat(db.queryForList("SELECT year FROM calendar_year GROUP BY year HAVING COUNT(*) > 1",
                    Integer.class)).as("calendar years loaded twice").isEmpty();
        } finally {
            for (ConfigurableApplicationContext c : started) {
                c.close();
            }
            pool.shutdownNow();
            try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    /** A server and account that may create a database. */
    private record ServerAccount(String url, String user, String password) {
    }

    /**
     * The test's own server when its account may create databases (an external server's administrator), else the
     * local MariaDB server's {@code root} (127.0.0.1:3306, no password): the embedded server's account owns one
     * database only. Skipped, saying why, when neither is there.
     */
    private ServerAccount serverThatCreatesDatabases() {
        List<ServerAccount> candidates = List.of(
                new ServerAccount(dataSource.getJdbcUrl(), dataSource.getUsername(),
                        dataSource.getPassword() == null ? "" : dataSource.getPassword()),
                new ServerAccount(System.getenv().getOrDefault("TICPORTAL_TEST_ADMIN_DB_URL",
                        "jdbc:mariadb://127.0.0.1:3306/mysql"),
                        System.getenv().getOrDefault("TICPORTAL_TEST_ADMIN_DB_USER", "root"),
                        System.getenv().getOrDefault("TICPORTAL_TEST_ADMIN_DB_PASSWORD", "")));
        List<String> refused = new ArrayList<>();
        for (ServerAccount candidate : candidates) {
            String probe = "tic_probe_" + UUID.randomUUID().toString().substring(0, 8);
            try (Connection c = DriverManager.getConnection(candidate.url(), candidate.user(), candidate.password());
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + probe);
                s.execute("DROP DATABASE " + probe);
                return candidate;
            } catch (SQLException e) {
                refused.add(candidate.url() + " as " + candidate.user() + ": " + e.getMessage());
            }
        }
        Assumptions.abort("No server account here may create a database: " + refused);
        throw new IllegalStateException("unreachable");
    }

    /** Runs both at the same moment (two threads released together); the sum of their results. */
    private static int race(Callable<Integer> one, Callable<Integer> two) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> c : List.of(one, two)) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return c.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            int sum = 0;
            for (Future<Integer> f : results) {
                sum += f.get(5, TimeUnit.MINUTES);
            }
            return sum;
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.ticportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticportal.core.TestUsers.as;

import java.time.Instant;
import java.time.LocalDate;
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

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.MovableClock;
import org.ticportal.core.PortalInstances;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.notice.NoticeSamples;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.notice.NoticeSummary;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * Two portal instances on one database close the same ended notices once: the test's portal and a second Spring
 * application context built as the first (the core application, the movable clock, the same plugins) on the SAME
 * MariaDB database (the first one's JDBC URL and account: no second server, and Flyway finds the schema migrated).
 * Four applications of 990800 (a notice of 5 working days) are on a notice published on 2026-04-30, which ends on
 * 2026-05-09; on 2026-05-11 both instances close ended notices at the same moment (two threads released together).
 * Each application took the SYSTEM step END_NOTICE exactly once and has exactly one center; between them the two
 * instances moved four applications.
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class NoticeCloserClusterIT {

    private static final String CITY = "990800";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    MovableClock clock;
    @Autowired
    ApplicationService applications;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeService notices;
    @Autowired
    NoticeCloser closer;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    HikariDataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    private String suffix;
    private String creditCode;
    private String applicant;
    private String district;
    private String bureau;

    @Test
    void twoInstancesOnOneDatabaseCloseEachPublishedNoticeOnce() throws Exception {
        clock.set(LocalDate.of(2026, 4, 30));
        people();
        try (ConfigurableApplicationContext second = secondInstance()) {
            MovableClock secondClock = second.getBean(MovableClock.class);
            assertThat(secondClock).isNotSameAs(clock);
            NoticeCloser secondCloser = second.getBean(NoticeCloser.class);
            assertThat(secondCloser).isNotSameAs(closer);
            // the same database: the second instance sees the users the first one created
            assertThat(second.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from app_user where username = ?", Long.class, bureau)).isEqualTo(1L);

            List<Long> ids = new ArrayList<>();
            for (String tag : List.of("a", "b", "c", "d")) {
                ids.add(toNotice(tag));
            }
            NoticeSummary published = as(bureau, Role.BUREAU, () -> NoticeSamples.publish(notices, CITY,
                    ids.stream().mapToLong(Long::longValue).toArray()));
            assertThat(published.periodEnd()).isEqualTo(LocalDate.of(2026, 5, 9));

            clock.set(LocalDate.of(2026, 5, 11));
            secondClock.set(LocalDate.of(2026, 5, 11));
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> one = pool.submit(racing(closer, ready, go));
                Future<Integer> two = pool.submit(racing(secondCloser, ready, go));
                assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
                go.countDown();
                int moved = one.get(5, TimeUnit.MINUTES) + two.get(5, TimeUnit.MINUTES);
                assertThat(moved).as("applications moved on by both instances together").isEqualTo(4);
            } finally {
                pool.shutdownNow();
            }

            for (long id : ids) {
                assertThat(as(bureau, Role.BUREAU, () -> applications.get(id)).row().stageKind())
                        .isEqualTo(StageKind.RECOGNIZED);
                assertThat(jdbc.queryForObject("select count(*) from application_step where application_id = ? "
                        + "and transition_code = 'END_NOTICE'", Long.class, id)).as("END_NOTICE steps of %d", id)
                        .isEqualTo(1L);
                assertThat(jdbc.queryForObject("select count(*) from center where application_id = ?", Long.class,
                        id)).as("centers of %d", id).isEqualTo(1L);
            }
            // another round on either instance finds nothing left to close
            assertThat(secondCloser.closeEndedNotices()).isZero();
            assertThat(closer.closeEndedNotices()).isZero();
        }
    }

    private static Callable<Integer> racing(NoticeCloser closer, CountDownLatch ready, CountDownLatch go) {
        return () -> {
            ready.countDown();
            go.await();
            return closer.closeEndedNotices();
        };
    }

    /** A second portal instance on the test's database, with the movable clock. */
    private ConfigurableApplicationContext secondInstance() {
        return PortalInstances.start(PortalInstances.sameDatabase(dataSource, environment), MovableClock.Config.class);
    }

    private void people() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        creditCode = TemplateSamples.creditCode(suffix);
        Unit unit = units.save(new Unit("集群测试材料有限公司" + suffix, creditCode, "990101", Instant.now()));
        as("root", Role.ADMIN, () -> {
            applicant = users.create(new UserDraft("cla" + suffix, "申报人", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            district = users.create(new UserDraft("cld" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("clb" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    CITY)).user().getUsername();
            return null;
        });
    }

    /** Files an application of 990800 and takes it to the notice stage on the clock's day. */
    private long toNotice(String tag) {
        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.create(CITY));
        long id = filed.row().id();
        Map<String, Object> values = TemplateSamples.completeApplication(creditCode, "NEW_MATERIALS", 320);
        values.put("coreName", TemplateSamples.uniqueCoreName(suffix + tag));
        ApplicationDetail ready = as(applicant, Role.APPLICANT, () -> applications.saveDraft(id,
                filed.row().version(), values, Map.of("3.5", "去年为建设期")));
        ApplicationDetail submitted = as(applicant, Role.APPLICANT,
                () -> applications.perform(id, ready.row().version(), "SUBMIT", null, Map.of()));
        ApplicationDetail recommended = as(district, Role.COUNTY, () -> applications.perform(id,
                submitted.row().version(), "RECOMMEND", "同意推荐", Map.of("recommendation.letterNumber",
                        "东科推〔2026〕" + tag + "号", "recommendation.date", LocalDate.of(2026, 4, 30))));
        as(bureau, Role.BUREAU, () -> checklist.mark(id, "3.4", true, "已核对承诺书", null));
        ApplicationDetail accepted = as(bureau, Role.BUREAU,
                () -> applications.perform(id, recommended.row().version(), "ACCEPT", "材料齐全", Map.of()));
        ApplicationDetail noticed = as(bureau, Role.BUREAU,
                () -> applications.perform(id, accepted.row().version(), "PASS", "局务会议通过", Map.of()));
        assertThat(noticed.row().stageKind()).isEqualTo(StageKind.NOTICE);
        return id;
    }
}

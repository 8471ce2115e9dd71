package org.ticportal.core.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.TestUsers;
import org.ticportal.core.common.ScrollPass;
import org.ticportal.core.user.Role;

/**
 * Benchmark P1 of issue 13: the applications grid over 1,000,000 applications (of 20,000 units, beside 20,000
 * centers) on MariaDB. A generator fills the tables with SQL ({@code seq_1_to_N}): applications spread over the
 * Xinzhou divisions (weighted towards the city's own district), the procedure's stages (most cases closed, as years of
 * calls leave them), five years of dates and unit names of several industries, each with a form of about 2 KB. Then,
 * as a bureau user of 忻州市 (140900), it times the grid's page fetch through the portal's service
 * ({@link ApplicationGrid#rows}, what the grid calls) and the same page by raw SQL on the same database: median
 * and p95 of each and their ratio, for the grid's default order (last changed first) unfiltered, filtered by a stage,
 * and sorted by the unit's name, and a deep page (offset 100,000); then the exact counts the grid no longer asks (it
 * estimates its size and grows it as the user scrolls). It prints the old path's figure too
 * ({@link ApplicationGrid#list}: entities, a count per page, the unit loaded row by row). Prints figures, asserts
 * nothing; excluded from normal builds: {@code ./mvnw -B -ntp -o verify -pl core -am -Pbench
 * -Dtest=ApplicationGridBench -Dsurefire.failIfNoSpecifiedTests=false}. With {@code TICPORTAL_TEST_DB_URL} pointing at a MariaDB server the
 * generated rows stay for the next run (generation takes about 2 minutes here).
 */
@Tag("bench")
@IntegrationTest
class ApplicationGridBench {

    private static final int APPLICATIONS = 1_000_000;
    private static final int UNITS = 20_000;
    private static final int CENTERS = 20_000;
    private static final int RUNS = Integer.getInteger("bench.runs", 100);
    private static final String USER = "bench-bureau";
    /** A county reviewer of 定襄县 (140921): its body's recommended cases that have left their units. */
    private static final String COUNTY_USER = "bench-county";
    private static final String BUREAU_SCOPE = "a.jurisdiction_code = '140900' and a.submitted_at is not null"
            + " and a.with_unit = false";
    private static final String COUNTY_SCOPE = "a.recommending_body_code = '140921' and a.channel = 'RECOMMENDED'"
            + " and a.submitted_at is not null and a.with_unit = false";
    /** The exact counts and the old path take minutes at a million rows: {@code -Dbench.counts=false} leaves them out. */
    private static final boolean COUNTS = Boolean.parseBoolean(System.getProperty("bench.counts", "true"));
    private static final String[] BODIES = {"140902", "140902", "140902", "140921", "140922", "140923", "140924",
        "140925", "140926", "140927", "140928", "140929", "140930", "140931", "140932", "140981", "XZ_EDZ"};
    private static final String[] INDUSTRIES = {"新材料", "装备制造", "生物医药", "数字经济", "新能源", "现代农业",
        "精细化工", "电子信息", "节能环保", "文旅康养"};
    /** Stage code and kind, each listed as often as its share of the applications (most are closed). */
    private static final String[][] STAGES = {
        {"RECOGNIZED", "RECOGNIZED"}, {"RECOGNIZED", "RECOGNIZED"}, {"RECOGNIZED", "RECOGNIZED"},
        {"REJECTED", "REJECTED"}, {"REJECTED", "REJECTED"}, {"REJECTED", "REJECTED"}, {"WITHDRAWN", "WITHDRAWN"},
        {"COUNTY_REVIEW", "REVIEW"}, {"BUREAU_RECHECK", "REVIEW"}, {"EXPERT_ARGUMENTATION", "EXPERT_REVIEW"},
        {"PLAN_REVISION", "REVIEW"}, {"PARTY_GROUP_REVIEW", "DECISION"}, {"PUBLIC_NOTICE", "NOTICE"}};

    /** An application's submission time: spread over five years from 2021 (2,628,000 minutes). */
    private static final String T = "(timestamp('2021-01-01') + interval ((s.seq * 15731) % 2628000) minute)";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    ApplicationGrid applications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationGridQueries grid;
    @Autowired
    org.ticportal.core.user.UserService users;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired
    org.ticportal.core.export.ExportService exports;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    WaitingWork waiting;

    @Test
    void p1ApplicationGridAtAMillionRows() {
        generate();
        jdbc.update("insert ignore into app_user (username, display_name, role, jurisdiction_code, enabled,"
                + " password_hash, must_change_password, password_changed_at, created_at) values (?, '基准测试',"
                + " 'BUREAU', '140900', true, 'x', false, now(6), now(6))", USER);
        jdbc.update("insert ignore into app_user (username, display_name, role, recommending_body_code, enabled,"
                + " password_hash, must_change_password, password_changed_at, created_at) values (?, '基准测试县',"
                + " 'COUNTY', '140921', true, 'x', false, now(6), now(6))", COUNTY_USER);
        jdbc.execute("analyze table recognition_application, unit, center");
        System.out.printf(Locale.ROOT, "P1 rows: %,d applications, %,d units, %,d centers%n",
                jdbc.queryForObject("select count(*) from recognition_application", Long.class),
                jdbc.queryForObject("select count(*) from unit", Long.class),
                jdbc.queryForObject("select count(*) from center", Long.class));

        Sort updated = Sort.by(Sort.Order.desc("updatedAt"));
        if (Boolean.getBoolean("bench.split")) {
            split(PageRequest.of(0, 50, updated));
            return;
        }
        if ("inbox".equals(System.getProperty("bench.only"))) {
            inbox();
            return;
        }
        if ("export".equals(System.getProperty("bench.only"))) {
            // P6 alone, three times: to compare two versions of the export back to back on a busy machine
            for (int i = 0; i < 3; i++) {
                exported(updated);
            }
            return;
        }
        compare("default order (last changed first), all in scope", ApplicationFilter.ALL,
                PageRequest.of(0, 50, updated), "", "a.updated_at desc, a.id desc", 0);
        compare("filtered by stage 专家论证, last changed first", ApplicationFilter.ALL.withStage("EXPERT_ARGUMENTATION"),
                PageRequest.of(0, 50, updated), " and a.stage = 'EXPERT_ARGUMENTATION'", "a.updated_at desc, a.id desc",
                0);

        if (COUNTS) as(() -> {
            timeOne("P1 count (exact, all in scope)", () -> applications.count(ApplicationFilter.ALL));
            timeOne("P1 count (exact, stage filter)",
                    () -> applications.count(ApplicationFilter.ALL.withStage("EXPERT_ARGUMENTATION")));
            timeOne("P1 old path (list(): entities + count per page), stage filter", () -> applications.list(
                    ApplicationFilter.ALL.withStage("EXPERT_ARGUMENTATION"), PageRequest.of(0, 50, updated))
                    .getContent().size());
            return null;
        });
        compare("deep page (rows 100,001-100,050), last changed first", ApplicationFilter.ALL,
                PageRequest.of(2_000, 50, updated), "", "a.updated_at desc, a.id desc", 100_000);
        scrolled(updated);
        if (Boolean.parseBoolean(System.getProperty("bench.export", "true"))) {
            exported(updated);
        }
        compare("county 定襄县, deep page (rows 20,001-20,050), last changed first", ApplicationFilter.ALL,
                PageRequest.of(400, 50, updated), COUNTY_SCOPE, "", "a.updated_at desc, a.id desc", 20_000,
                work -> TestUsers.as(COUNTY_USER, Role.COUNTY, work));
        // last: no index serves a sort by a joined column, so MariaDB sorts the scope in a temporary table (minutes:
        // -Dbench.unitName=false leaves it out)
        if (Boolean.parseBoolean(System.getProperty("bench.unitName", "true"))) try {
            compare("sorted by the unit's name", ApplicationFilter.ALL, PageRequest.of(0, 50, Sort.by("unit.name")),
                    "", "u.name asc, a.id asc", 0);
        } catch (RuntimeException e) {
            System.out.println("P1 page, sorted by the unit's name: failed: " + e.getMessage());
        }
    }

    private void compare(String what, ApplicationFilter filter, Pageable page, String where, String order,
                         int offset) {
        compare(what, filter, page, BUREAU_SCOPE, where, order, offset, ApplicationGridBench::as);
    }

    /**
     * The page through the service as the user {@code as} runs it, and by raw SQL with the scope's condition
     * ({@code scope}, as ApplicationAccess writes it for that user) plus {@code where}.
     */
    private void compare(String what, ApplicationFilter filter, Pageable page, String scope, String where,
                         String order, int offset, java.util.function.Function<Supplier<List<Long>>, List<Long>> as) {
        boolean slow = offset > 0 || order.startsWith("u.");
        int runs = slow ? 3 : RUNS; // a deep page or a sort by the unit's name takes seconds: fewer runs
        String sql = "select a.id, a.version, a.reference_no, a.policy_id, a.plugin_id, a.plugin_version,"
                + " a.jurisdiction_code, u.name, a.recommending_body_code, a.channel, a.stage, a.stage_kind,"
                + " a.stage_due, a.closed, a.full_name, a.center_type, a.submitted_at, a.updated_at, a.call_id"
                + " from recognition_application a join unit u on u.id = a.unit_id"
                + " where " + scope + where
                + " order by " + order + " limit 50 offset " + offset;
        // every column the page shows is read, as the service reads it
        Supplier<List<Long>> raw = () -> jdbc.query(sql, (rs, i) -> {
            for (int column = 2; column <= 19; column++) {
                rs.getObject(column);
            }
            return rs.getLong(1);
        });
        Supplier<List<Long>> service = () -> as.apply(() -> applications.rows(filter, page).stream()
                .map(ApplicationRow::id).toList());
        // warm up as a running portal is: the JIT compiles the service's path after some hundred calls
        for (int i = 0; i < (slow ? 1 : 300); i++) {
            raw.get();
            service.get();
        }
        double[] rawTimes = new double[runs];
        double[] serviceTimes = new double[runs];
        for (int i = 0; i < runs; i++) {
            rawTimes[i] = time(raw);
            serviceTimes[i] = time(service);
        }
        double rawMedian = percentile(rawTimes, 50);
        double serviceMedian = percentile(serviceTimes, 50);
        System.out.printf(Locale.ROOT, "P1 page, %s: service median %.2f ms, p95 %.2f ms; raw SQL median %.2f ms,"
                        + " p95 %.2f ms; ratio %.2f (%s)%n", what, serviceMedian, percentile(serviceTimes, 95),
                rawMedian, percentile(rawTimes, 95), serviceMedian / rawMedian,
                raw.get().equals(service.get()) ? "same ids" : "DIFFERENT ids");
        if (offset > 0) {
            // the same page by raw SQL written as the service reads a deep page: its ids first, then their rows
            String idsFirst = sql.replace(" from recognition_application a join unit u on u.id = a.unit_id where",
                    " from (select a.id from recognition_application a where").replace(" limit 50 offset " + offset,
                    " limit 50 offset " + offset + ") p join recognition_application a on a.id = p.id"
                    + " join unit u on u.id = a.unit_id order by " + order);
            Supplier<List<Long>> rawIdsFirst = () -> jdbc.query(idsFirst, (rs, i) -> rs.getLong(1));
            double[] times = new double[runs];
            for (int i = 0; i < runs; i++) {
                times[i] = time(rawIdsFirst);
            }
            System.out.printf(Locale.ROOT, "P1 page, %s, raw SQL ids first: median %.2f ms (%s)%n", what,
                    percentile(times, 50), rawIdsFirst.get().equals(raw.get()) ? "same ids" : "DIFFERENT ids");
        }
    }

    /**
     * P6 through the applications grid: the bureau's first 100,000 applications, last changed first, exported to
     * .xlsx as the grid's export button does it — streamed in one statement ({@link ApplicationGrid#stream}), and, for
     * comparison, page by page (500 rows a page, in a scroll pass of its own: keyset from the third page on); each
     * cell a text; rows per second and the live heap's growth (after a full GC every 10,000 rows).
     */
    private void exported(Sort updated) {
        int total = 100_000;
        List<String> headers = List.of("编号", "名称", "单位", "阶段", "提交", "更新");
        java.util.function.Function<ApplicationRow, List<?>> cells = r -> java.util.Arrays.asList(r.referenceNo(),
                r.fullName(), r.unitName(), r.stage(), String.valueOf(r.submittedAt()), String.valueOf(r.updatedAt()));
        // stops the statement after `total` rows, as a cancelled export does
        class Enough extends RuntimeException {
            Enough() {
                super(null, null, false, false);
            }
        }
        org.ticportal.core.export.ExportSource streamed = new org.ticportal.core.export.ExportSource() {
            @Override
            public List<String> headers() {
                return headers;
            }

            @Override
            public long count() {
                return total;
            }

            @Override
            public List<List<?>> page(int page, int size) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean streams() {
                return true;
            }

            @Override
            public void stream(java.util.function.Consumer<List<?>> sink) {
                int[] n = {0};
                try {
                    applications.stream(ApplicationFilter.ALL, updated, r -> {
                        if (n[0]++ == total) {
                            throw new Enough();
                        }
                        sink.accept(cells.apply(r));
                    });
                } catch (Enough e) {
                    // the first 100,000 written
                }
            }
        };
        var pass = new java.util.concurrent.atomic.AtomicReference<ScrollPass>();
        org.ticportal.core.export.ExportSource paged = new org.ticportal.core.export.ExportSource() {
            @Override
            public List<String> headers() {
                return headers;
            }

            @Override
            public long count() {
                return total;
            }

            @Override
            public List<List<?>> page(int page, int size) {
                if ((long) page * size >= total) {
                    return List.of();
                }
                if (page == 0) {
                    pass.set(new ScrollPass()); // each export reads in a scroll pass of its own
                }
                return applications.rows(ApplicationFilter.ALL, PageRequest.of(page, size, updated), pass.get())
                        .stream().map(cells).toList();
            }
        };
        // the reading alone (the statement streamed, each row made into its cells, nothing written): the bound of
        // what the export can reach while it writes on another thread
        long readStart = System.nanoTime();
        as(() -> {
            streamed.stream(row -> { });
            return null;
        });
        double readSeconds = (System.nanoTime() - readStart) / 1e9;
        System.out.printf(Locale.ROOT, "P6 reading alone (streamed, cells made, nothing written): %,d rows in %.2f s"
                + " = %,.0f rows/s%n", total, readSeconds, total / readSeconds);
        var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        for (var source : Map.of("streamed", streamed, "page by page", paged).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())).toList()) {
            for (boolean heap : new boolean[] {false, true}) {
                System.gc();
                long before = memory.getHeapMemoryUsage().getUsed();
                java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong(before);
                // when the last row was written: the streamed read then ends its statement, which has MariaDB send
                // the rest of the scope's rows to be skipped (a whole export has none left)
                java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
                long start = System.nanoTime();
                var file = as(() -> {
                    var running = exports.start(new org.ticportal.core.export.ExportRequest("bench", "申报管理", "",
                            org.ticportal.core.export.ExportFormat.XLSX), source.getValue(), n -> {
                                if (n >= total) {
                                    written.compareAndSet(0, System.nanoTime());
                                }
                                if (heap && n % 10_000 == 0) {
                                    System.gc();
                                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                                }
                            });
                    try {
                        var done = running.result().get(10, java.util.concurrent.TimeUnit.MINUTES);
                        running.discard();
                        return done;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                long end = System.nanoTime();
                double seconds = ((written.get() > 0 ? written.get() : end) - start) / 1e9;
                System.out.printf(Locale.ROOT, heap ? "P6 export XLSX through the applications grid (%s), heap: live"
                                + " heap growth %.1f MB%n" : "P6 export XLSX through the applications grid (%s): %,d rows"
                                + " written in %.2f s = %,.0f rows/s (the export done after %.2f s)%n",
                        heap ? new Object[] {source.getKey(), (peak.get() - before) / 1048576.0}
                                : new Object[] {source.getKey(), file.rows(), seconds, file.rows() / seconds,
                                (end - start) / 1e9});
            }
        }
    }

    /**
     * A deep page as a user scrolling reaches it: the page before it was read just before in the same scroll pass, and
     * the grid seeks from that page's last row (keyset); beside the same keyset page by raw SQL, ids first (read whole,
     * MariaDB walked the table's rows from the top: 5.5 s).
     */
    private void scrolled(Sort updated) {
        int runs = Math.min(RUNS, 50);
        Map<String, Object> last = jdbc.queryForMap("select a.updated_at, a.id from recognition_application a where "
                + BUREAU_SCOPE + " order by a.updated_at desc, a.id desc limit 1 offset 99999");
        String sql = "select a.id, a.version, a.reference_no, a.policy_id, a.plugin_id, a.plugin_version,"
                + " a.jurisdiction_code, u.name, a.recommending_body_code, a.channel, a.stage, a.stage_kind,"
                + " a.stage_due, a.closed, a.full_name, a.center_type, a.submitted_at, a.updated_at, a.call_id"
                + " from (select a.id from recognition_application a where " + BUREAU_SCOPE
                + " and (a.updated_at < ? or (a.updated_at = ? and a.id < ?)) order by a.updated_at desc, a.id desc"
                + " limit 50) p join recognition_application a on a.id = p.id join unit u on u.id = a.unit_id"
                + " order by a.updated_at desc, a.id desc";
        Supplier<List<Long>> raw = () -> jdbc.query(sql, (rs, i) -> {
            for (int column = 2; column <= 19; column++) {
                rs.getObject(column);
            }
            return rs.getLong(1);
        }, last.get("updated_at"), last.get("updated_at"), last.get("id"));
        double[] rawTimes = new double[runs];
        double[] serviceTimes = new double[runs];
        List<Long> page = List.of();
        for (int i = 0; i < runs; i++) {
            ScrollPass pass = new ScrollPass();
            as(() -> applications.rows(ApplicationFilter.ALL, PageRequest.of(1_999, 50, updated), pass));
            long start = System.nanoTime();
            page = as(() -> applications.rows(ApplicationFilter.ALL, PageRequest.of(2_000, 50, updated), pass))
                    .stream().map(ApplicationRow::id).toList();
            serviceTimes[i] = (System.nanoTime() - start) / 1e6;
            rawTimes[i] = time(raw);
        }
        System.out.printf(Locale.ROOT, "P1 page, deep page (rows 100,001-100,050) scrolled to (the page before it"
                        + " read first in the same pass): service median %.2f ms, p95 %.2f ms; raw SQL (keyset, ids"
                        + " first) median %.2f ms, p95 %.2f ms; ratio %.2f (%s)%n", percentile(serviceTimes, 50),
                percentile(serviceTimes, 95), percentile(rawTimes, 50), percentile(rawTimes, 95),
                percentile(serviceTimes, 50) / percentile(rawTimes, 50),
                raw.get().equals(page) ? "same ids" : "DIFFERENT ids");
    }

    /** Where a service call's time goes beyond the query: each part alone, median of many runs. */
    private void split(Pageable page) {
        var readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        var scope = org.ticportal.core.user.KnownScope.exact(as(users::currentScope));
        var remembered = as(users::knownScope);
        var all = ApplicationFilter.ALL;
        part("raw SQL (JdbcTemplate)", () -> jdbc.queryForList("select a.id, a.version, a.reference_no, a.policy_id,"
                + " a.plugin_id, a.plugin_version, a.jurisdiction_code, u.name, a.recommending_body_code, a.channel,"
                + " a.stage, a.stage_kind, a.stage_due, a.closed, a.full_name, a.center_type, a.submitted_at,"
                + " a.updated_at, a.call_id from recognition_application a join unit u on u.id = a.unit_id"
                + " where a.jurisdiction_code = '140900' and a.submitted_at is not null and a.with_unit = false"
                + " order by a.updated_at desc, a.id desc limit 50"));
        part("empty read-only transaction", () -> readOnly.execute(tx -> 1));
        part("currentScope() (own transaction)", () -> as(users::currentScope));
        part("knownScope() (remembered)", () -> as(users::knownScope));
        part("grid query alone, remembered scope checked in it", () -> grid.page(remembered, all, page));
        part("grid query alone, no transaction", () -> grid.page(scope, all, page));
        part("grid query in a read-only transaction", () -> readOnly.execute(tx -> grid.page(scope, all, page)));
        part("service rows()", () -> as(() -> applications.rows(ApplicationFilter.ALL, page)));
        // the statements one service call sends (MariaDB's general log, as a table, for the length of one call)
        jdbc.execute("set global log_output = 'TABLE'");
        jdbc.execute("truncate mysql.general_log");
        jdbc.execute("set global general_log = 1");
        as(() -> applications.rows(ApplicationFilter.ALL, page));
        jdbc.execute("set global general_log = 0");
        // only this portal's connections (those on this database): other programs may use the server meanwhile
        jdbc.query("select command_type, left(convert(argument using utf8mb4), 160) from mysql.general_log"
                + " where convert(argument using utf8mb4) not like '%general_log%' and thread_id in (select id from"
                + " information_schema.processlist where db = database()) order by event_time",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> System.out.println(
                        "P1 split, statement: " + rs.getString(1) + " " + rs.getString(2)));
    }

    private void part(String what, Supplier<?> work) {
        int runs = Math.max(200, RUNS);
        for (int i = 0; i < 50; i++) {
            work.get();
        }
        double[] times = new double[runs];
        double[] cpu = new double[runs];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            times[i] = time(work);
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        // the thread's CPU time is this JVM's own work (the database's is not in it): steadier than the wall clock
        // on a loaded machine
        System.out.printf(Locale.ROOT, "P1 split, %s: median %.3f ms, p95 %.3f ms; this thread's CPU median %.3f ms%n",
                what, percentile(times, 50), percentile(times, 95), percentile(cpu, 50));
    }

    /**
     * The inbox's first question at each visit of every user (which plugin versions open applications are pinned to),
     * as it was asked (the whole table grouped) and as it is (V44's index), and the bureau's waiting list as the
     * landing reads it ({@code -Dbench.only=inbox}).
     */
    private void inbox() {
        timeOne("P1 inbox: pins of open applications, the whole table grouped (before V44)",
                () -> repository.countByPin().size());
        timeOne("P1 inbox: pins of open applications from ix_application_open_pin",
                () -> repository.findOpenPins().size());
        timeOne("P1 inbox: the bureau's waiting list (WaitingWork.forMe, 20 cases)",
                () -> as(() -> waiting.forMe(20).cases().size()));
    }

    private void timeOne(String what, Supplier<?> work) {
        work.get();
        double[] times = new double[3]; // an exact count of a million rows takes seconds to minutes
        Object result = null;
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            result = work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf(Locale.ROOT, "%s: median %.2f ms over %d runs (result %s)%n", what, percentile(times, 50),
                times.length, result);
    }

    private static double time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static <T> T as(Supplier<T> work) {
        return TestUsers.as(USER, Role.BUREAU, work);
    }

    /** Fills the tables unless an earlier run on the same database did. */
    private void generate() {
        long start = System.nanoTime();
        Long done = jdbc.queryForObject("select count(*) from recognition_application where reference_no like"
                + " 'BENCH-%'", Long.class);
        if (done != null && done >= APPLICATIONS) {
            System.out.println("P1 generation: applications of an earlier run kept");
        } else {
            generateApplications();
        }
        Long centers = jdbc.queryForObject("select count(*) from center where created_by = 'bench'", Long.class);
        if (centers == null || centers < CENTERS) {
            jdbc.execute("delete from center where created_by = 'bench'");
            generateCenters();
        }
        System.out.printf(Locale.ROOT, "P1 generation: %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private void generateApplications() {
        jdbc.execute("delete from center where created_by = 'bench'");
        jdbc.execute("delete from recognition_application where reference_no like 'BENCH-%'");
        jdbc.execute("delete from unit where credit_code like 'BENCH%'");
        jdbc.update("insert into unit (version, name, credit_code, recommending_body_code, state, jurisdiction_code,"
                + " created_at) select 0, concat('忻州', elt(1 + seq % 10, " + quoted(INDUSTRIES) + "),"
                + " elt(1 + (seq div 10) % 4, '科技', '实业', '集团', '股份'), '有限公司', seq),"
                + " concat('BENCH', lpad(seq, 13, '0')), elt(1 + seq % " + BODIES.length + ", " + quoted(BODIES) + "),"
                + " 'CONFIRMED', '140900', timestamp('2020-01-01') + interval seq minute from seq_1_to_" + UNITS);
        Long firstUnit = jdbc.queryForObject("select min(id) from unit where credit_code like 'BENCH%'", Long.class);
        String form = "{\"summary\":\"" + "技术创新中心建设方案与研发投入情况".repeat(60) + "\"}";
        List<String> stageCodes = new ArrayList<>();
        List<String> stageKinds = new ArrayList<>();
        for (String[] stage : STAGES) {
            stageCodes.add("'" + stage[0] + "'");
            stageKinds.add("'" + stage[1] + "'");
        }
        int stages = STAGES.length;
        for (int batch = 0; batch < APPLICATIONS / 100_000; batch++) {
            int from = batch * 100_000 + 1;
            jdbc.update("insert into recognition_application (version, reference_no, policy_id, plugin_id,"
                    + " plugin_version, jurisdiction_code, unit_id, recommending_body_code, channel, stage, stage_kind,"
                    + " stage_entered_at, closed, core_name, full_name, center_type, form_code, data_json, filed_year,"
                    + " submitted_at, created_at, created_by, updated_at, with_unit)"
                    + " select 0, concat('BENCH-', lpad(s.seq, 7, '0')), 'xinzhou', 'xinzhou', '0.1.0', '140900',"
                    + " u.id, u.recommending_body_code, 'RECOMMENDED', elt(1 + s.seq % " + stages + ", "
                    + String.join(", ", stageCodes) + "), elt(1 + s.seq % " + stages + ", "
                    + String.join(", ", stageKinds) + "), " + T + ", (s.seq % " + stages + ") < 7,"
                    + " concat(elt(1 + s.seq % 10, " + quoted(INDUSTRIES) + "), s.seq),"
                    + " concat('忻州市', elt(1 + s.seq % 10, " + quoted(INDUSTRIES) + "), s.seq, '技术创新中心'),"
                    + " elt(1 + s.seq % 3, 'COMPREHENSIVE', 'SPECIALIZED', 'INDUSTRY'), 'APPLICATION', ?,"
                    + " year(" + T + "), " + T + ", " + T + " - interval 3 day, 'bench',"
                    + " " + T + " + interval (s.seq % 1000) minute, false"
                    + " from seq_" + from + "_to_" + (from + 99_999) + " s"
                    + " join unit u on u.id = " + firstUnit + " + (s.seq * 7919) % " + UNITS, form);
        }
    }

    private void generateCenters() {
        jdbc.update("insert into center (version, application_id, name, core_name, policy_id, plugin_id,"
                + " plugin_version, jurisdiction_code, recommending_body_code, unit_id, lead_unit_name, type_code,"
                + " decision_number, decision_year, decision_seq, recognized_on, status, created_at, created_by)"
                + " select 0, a.id, concat(a.full_name, '·', a.id), a.core_name, 'xinzhou', 'xinzhou', '0.1.0',"
                + " '140900', a.recommending_body_code, a.unit_id, u.name, a.center_type,"
                + " concat('忻科字〔', 3000 + a.id % 1000, '〕', a.id, '号'), 3000 + a.id % 1000, a.id,"
                + " date(a.updated_at), 'ACTIVE', a.updated_at, 'bench'"
                + " from recognition_application a join unit u on u.id = a.unit_id"
                + " where a.reference_no like 'BENCH-%' and a.stage = 'RECOGNIZED' limit " + CENTERS);
    }

    private static String quoted(String[] values) {
        return String.join(", ", Arrays.stream(values).map(v -> "'" + v + "'").toList());
    }

}

package org.ticportal.core.export;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;

/**
 * Benchmark P6 of issue 13: an export of 100,000 rows to .xlsx (and, for comparison, to CSV) through
 * {@link ExportService} (paging, writer, file, audit), first with rows like the centers grid's made up page by page
 * (the writer's own speed), then with 100,000 rows read through a service query on MariaDB, 500 a page with offset
 * paging and a count per page, as a grid's {@code Page}-returning service gives them (the audit trail of one subject,
 * {@link AuditService#history}). Prints rows per second (a run without interference), and heap growth in a
 * second run: the live heap, measured after a full collection every 10,000 rows while the export is running, over the
 * live heap before it (the allocation churn between collections is garbage and not counted). Prints figures,
 * asserts nothing; excluded from normal builds, run with
 * {@code ./mvnw -B -ntp -o verify -pl core -Pbench -Dtest=ExportBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
@IntegrationTest
class ExportBench {

    private static final int ROWS = 100_000;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    ExportService exports;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "benchmark", roles = "BUREAU")
    void p6ExportOf100000Rows() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            run(format, 10_000, false, false); // warm-up
            run(format, ROWS, true, false);
            run(format, ROWS, true, true);
        }
    }

    @Test
    @WithMockUser(username = "benchmark", roles = "ADMIN")
    void p6ExportOf100000RowsThroughAServiceQuery() throws Exception {
        String subject = "bench-" + UUID.randomUUID();
        long start = System.nanoTime();
        Timestamp at = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        for (int batch = 0; batch < ROWS / 1000; batch++) {
            int first = batch * 1000;
            jdbc.batchUpdate("insert into audit_event (occurred_at, actor, subject_type, subject_id, action, from_state,"
                    + " to_state, comment) values (?, ?, 'EXPORT', ?, 'BENCH', 'DRAFT', 'SUBMITTED', ?)",
                    IntStream.range(first, first + 1000).mapToObj(i -> new Object[] {
                            new Timestamp(at.getTime() + i * 1000L), "bench" + (i % 50), subject,
                            "\u5ffb\u5dde\u5e02\u7b2c" + i + "\u53f7\u8bb0\u5f55"}).toList());
        }
        System.out.printf(Locale.ROOT, "P6 setup: %,d audit rows inserted in %.1f s%n", ROWS,
                (System.nanoTime() - start) / 1e9);
        ExportSource source = new ExportSource() {
            @Override
            public List<String> headers() {
                return List.of("when", "who", "action", "from", "to", "comment");
            }

            @Override
            public long count() {
                return audit.history(AuditSubject.EXPORT, subject, PageRequest.of(0, 1)).getTotalElements();
            }

            @Override
            public List<List<?>> page(int page, int size) {
                return audit.history(AuditSubject.EXPORT, subject, PageRequest.of(page, size,
                        Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")))).getContent().stream()
                        .<List<?>>map(e -> Arrays.asList(e.getOccurredAt().toString(), e.getActor(), e.getAction(),
                                e.getFromState(), e.getToState(), e.getComment()))
                        .toList();
            }
        };
        for (boolean measureHeap : new boolean[] {false, true}) {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(before);
            long began = System.nanoTime();
            RunningExport running = exports.start(new ExportRequest("benchmark", "Benchmark", "", ExportFormat.XLSX),
                    source, n -> {
                        if (measureHeap && n % 10_000 == 0) {
                            System.gc();
                            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        }
                    });
            ExportedFile file = running.result().get(10, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - began) / 1e9;
            running.discard();
            running.result().get();
            if (measureHeap) {
                System.out.printf(Locale.ROOT, "P6 export XLSX through the service query heap: live heap growth"
                        + " %.1f MB (sampled after full GC every 10,000 rows)%n", (peak.get() - before) / 1048576.0);
            } else {
                System.out.printf(Locale.ROOT, "P6 export XLSX through the service query: %,d rows in %.2f s ="
                        + " %,.0f rows/s%n", file.rows(), seconds, file.rows() / seconds);
            }
        }
    }

    private void run(ExportFormat format, int rows, boolean print, boolean measureHeap) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        long start = System.nanoTime();
        RunningExport running = exports.start(new ExportRequest("benchmark", "Benchmark", "", format),
                new SyntheticRows(rows), n -> {
                    if (measureHeap && n % 10_000 == 0) {
                        System.gc();
                        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    }
                });
        ExportedFile file = running.result().get(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        long size = Files.size(file.file());
        running.discard();
        running.result().get();
        if (!print) {
            return;
        }
        if (measureHeap) {
            System.gc();
            long after = memory.getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "P6 export %s heap: live heap growth during the export %.1f MB"
                            + " (sampled after full GC every 10,000 rows), after it %.1f MB%n",
                    format, (peak.get() - before) / 1048576.0, (after - before) / 1048576.0);
        } else {
            System.out.printf(Locale.ROOT, "P6 export %s: %,d rows in %.2f s = %,.0f rows/s; file %.1f MB%n",
                    format, file.rows(), seconds, file.rows() / seconds, size / 1048576.0);
        }
    }
}

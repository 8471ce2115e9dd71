package org.ticportal.core.export;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;

/**
 * Benchmark P6 of issue 13: an export of 100,000 rows to .xlsx (and, for comparison, to CSV) through
 * {@link ExportService} (paging, writer, file, audit), with rows like the centers grid's made up page by page (the
 * database query is not measured here). Prints rows per second (a run without interference), and heap growth in a
 * second run: the live heap, measured after a full collection every 10,000 rows while the export is running, over the
 * live heap before it (the allocation churn between collections is garbage and not counted). Prints figures,
 * asserts nothing; excluded from normal builds, run with
 * {@code ./mvnw -o verify -pl core -Dgroups=benchmark -Dit.test=ExportBenchmarkIT -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@IntegrationTest
class ExportBenchmarkIT {

    private static final int ROWS = 100_000;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    ExportService exports;

    @Test
    @WithMockUser(username = "benchmark", roles = "BUREAU")
    void p6ExportOf100000Rows() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            run(format, 10_000, false, false); // warm-up
            run(format, ROWS, true, false);
            run(format, ROWS, true, true);
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

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
 * database query is not measured here). Prints rows per second and heap growth: the peak of the used heap while
 * exporting over the used heap before (after a full collection), and what stays after a full collection. Prints
 * figures, asserts nothing; excluded from normal builds, run with
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
        run(ExportFormat.XLSX, 10_000, false); // warm-up
        run(ExportFormat.CSV, 10_000, false);
        run(ExportFormat.XLSX, ROWS, true);
        run(ExportFormat.CSV, ROWS, true);
    }

    private void run(ExportFormat format, int rows, boolean print) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        long start = System.nanoTime();
        RunningExport running = exports.start(new ExportRequest("benchmark", "Benchmark", "", format),
                new SyntheticRows(rows), n -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max));
        ExportedFile file = running.result().get(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        long size = Files.size(file.file());
        running.discard();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        if (print) {
            System.out.printf(Locale.ROOT, "P6 export %s: %,d rows in %.2f s = %,.0f rows/s; file %.1f MB;"
                            + " heap peak growth %.1f MB, retained growth %.1f MB (max heap %d MB)%n",
                    format, file.rows(), seconds, file.rows() / seconds, size / 1048576.0,
                    (peak.get() - before) / 1048576.0, (after - before) / 1048576.0,
                    memory.getHeapMemoryUsage().getMax() / 1048576);
        }
    }
}

package org.ticportal.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.common.BusinessException;

/**
 * Exports on real MariaDB: the rows page by page into a workbook that reads back whole, the progress told, the export
 * recorded in the audit trail with its filter and row count, the file deleted when discarded; a cancelled export
 * leaves no file and is recorded as cancelled; a filter matching more rows than a worksheet holds is refused; nobody
 * exports without logging in.
 */
@IntegrationTest
class ExportServiceIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    ExportService exports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "exporter", roles = "BUREAU")
    void anExportWritesEveryRowTellsItsProgressIsAuditedAndItsFileGoesWhenDiscarded() throws Exception {
        String grid = "test-grid-" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> told = new CopyOnWriteArrayList<>();
        RunningExport running = exports.start(new ExportRequest(grid, "\u4e2d\u5fc3", "filter=ALL", ExportFormat.XLSX),
                new SyntheticRows(1234), told::add);
        assertThat(running.total()).isEqualTo(1234);
        ExportedFile file = running.result().get(60, TimeUnit.SECONDS);

        assertThat(file.rows()).isEqualTo(1234);
        assertThat(file.fileName()).startsWith("\u4e2d\u5fc3-").endsWith(".xlsx");
        assertThat(told).containsExactly(500L, 1000L, 1234L);
        try (InputStream in = Files.newInputStream(file.file()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1234);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).isEqualTo(SyntheticRows.HEADERS);
            Row last = sheet.getRow(1234);
            assertThat(last.getCell(0).getStringCellValue()).contains("1233");
        }
        Map<String, Object> audit = jdbc.queryForMap("select actor, action, to_state, comment from audit_event"
                + " where subject_type = 'EXPORT' and subject_id = ?", grid);
        assertThat(audit).containsEntry("actor", "exporter").containsEntry("action", "EXPORTED")
                .containsEntry("to_state", "XLSX").containsEntry("comment", "rows=1234; filter=ALL");

        running.discard();
        running.result().get();
        assertThat(file.file()).doesNotExist();
    }

    @Test
    @WithMockUser(username = "exporter", roles = "COUNTY")
    void aCancelledExportLeavesNoFileAndIsRecordedAsCancelled() throws Exception {
        String grid = "test-grid-" + UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<RunningExport> running = new AtomicReference<>();
        SyntheticRows rows = new SyntheticRows(5000, page -> {
            try {
                assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (page == 2) {
                running.get().cancel();
            }
        });
        running.set(exports.start(new ExportRequest(grid, "Centers", "filter=ALL", ExportFormat.CSV), rows, n -> { }));
        started.countDown();

        assertThatThrownBy(() -> running.get().result().get(60, TimeUnit.SECONDS))
                .isInstanceOf(CancellationException.class);
        Map<String, Object> audit = jdbc.queryForMap("select action, comment from audit_event"
                + " where subject_type = 'EXPORT' and subject_id = ?", grid);
        assertThat(audit).containsEntry("action", "EXPORT_CANCELLED").containsEntry("comment", "rows=1500; filter=ALL");
        try (var files = Files.list(dataDir())) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".csv"))).isEmpty();
        }
    }

    @Test
    @WithMockUser(username = "exporter", roles = "BUREAU")
    void moreRowsThanAWorksheetHoldsAreRefusedForExcelButNotForCsv() {
        assertThatThrownBy(() -> exports.start(new ExportRequest("g", "t", "", ExportFormat.XLSX),
                new SyntheticRows(2_000_000), n -> { }))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("export.tooManyRows"));
        assertThat(ExportFormat.CSV.maxRows()).isGreaterThan(2_000_000);
    }

    /** Most grids' services cap a page at 200 rows: the export goes on at that size and misses no row. */
    @Test
    @WithMockUser(username = "exporter", roles = "BUREAU")
    void aServiceThatCapsItsPagesIsReadToTheEnd() throws Exception {
        String grid = "capped-grid-" + UUID.randomUUID().toString().substring(0, 8);
        SyntheticRows rows450 = new SyntheticRows(450);
        ExportSource capped = new ExportSource() {
            @Override
            public List<String> headers() {
                return rows450.headers();
            }

            @Override
            public long count() {
                return rows450.count();
            }

            @Override
            public List<? extends List<?>> page(int page, int size) {
                return rows450.page(page, Math.min(size, 200));
            }
        };
        RunningExport running = exports.start(new ExportRequest(grid, "\u4e2d\u5fc3", "filter=ALL",
                ExportFormat.CSV), capped, rows -> { });
        ExportedFile file = running.result().get(60, TimeUnit.SECONDS);
        assertThat(file.rows()).isEqualTo(450);
        List<String> lines = Files.readAllLines(file.file());
        assertThat(lines).hasSize(451);
        assertThat(lines.get(450)).contains("449");
        running.discard();
        assertThat(file.file()).doesNotExist();
    }

    /**
     * A source that streams (the applications grid): its rows are written on a thread of their own while it reads on
     * ({@link RowPipe}); the workbook holds them all in order, and the progress comes every {@value
     * ExportService#PAGE_SIZE} rows written.
     */
    @Test
    @WithMockUser(username = "exporter", roles = "BUREAU")
    void aStreamedExportWritesEveryRowInOrder() throws Exception {
        String grid = "streamed-grid-" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> told = new CopyOnWriteArrayList<>();
        List<String> tellers = new CopyOnWriteArrayList<>();
        RunningExport running = exports.start(new ExportRequest(grid, "\u4e2d\u5fc3", "filter=ALL", ExportFormat.XLSX),
                new Streamed(new SyntheticRows(2345), row -> { }), n -> {
                    told.add(n);
                    tellers.add(Thread.currentThread().getName());
                });
        ExportedFile file = running.result().get(60, TimeUnit.SECONDS);

        assertThat(file.rows()).isEqualTo(2345);
        assertThat(told).isSorted().doesNotHaveDuplicates().endsWith(2345L);
        // told from the export's thread, which carries the user's security context, not from the writer's
        assertThat(tellers).noneMatch(name -> name.startsWith("export-writer-"));
        try (InputStream in = Files.newInputStream(file.file()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2345);
            for (int i = 1; i <= 2345; i++) {
                assertThat(sheet.getRow(i).getCell(0).getStringCellValue()).contains("\u7b2c" + (i - 1) + "\u53f7");
            }
        }
        assertThat(jdbc.queryForObject("select comment from audit_event where subject_type = 'EXPORT'"
                + " and subject_id = ?", String.class, grid)).isEqualTo("rows=2345; filter=ALL");
        running.discard();
    }

    /** A streamed export of no rows writes the header alone and tells its progress: 0. */
    @Test
    @WithMockUser(username = "exporter", roles = "BUREAU")
    void aStreamedExportOfNoRowsWritesTheHeaderAlone() throws Exception {
        List<Long> told = new CopyOnWriteArrayList<>();
        RunningExport running = exports.start(new ExportRequest("streamed-empty", "Centers", "filter=NONE",
                ExportFormat.CSV), new Streamed(new SyntheticRows(0), row -> { }), told::add);
        ExportedFile file = running.result().get(60, TimeUnit.SECONDS);
        assertThat(file.rows()).isZero();
        assertThat(told).containsExactly(0L);
        assertThat(Files.readAllLines(file.file())).hasSize(1);
        running.discard();
    }

    /** A streamed export cancelled while it reads stops reading (the source's statement ends) and leaves no file. */
    @Test
    @WithMockUser(username = "exporter", roles = "BUREAU")
    void aCancelledStreamedExportStopsReadingAndLeavesNoFile() throws Exception {
        String grid = "streamed-grid-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicReference<RunningExport> running = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        List<Integer> read = new CopyOnWriteArrayList<>();
        Streamed source = new Streamed(new SyntheticRows(100_000), row -> {
            read.add(row);
            if (row == 0) {
                await(started);
            }
            if (row == 1200) {
                running.get().cancel();
            }
        });
        running.set(exports.start(new ExportRequest(grid, "Centers", "filter=ALL", ExportFormat.CSV), source, n -> { }));
        started.countDown();

        assertThatThrownBy(() -> running.get().result().get(60, TimeUnit.SECONDS))
                .isInstanceOf(CancellationException.class);
        assertThat(read).hasSize(1501); // the next check, 500 rows on, stopped the read
        assertThat(source.ended).isTrue();
        assertThat(jdbc.queryForObject("select action from audit_event where subject_type = 'EXPORT'"
                + " and subject_id = ?", String.class, grid)).isEqualTo("EXPORT_CANCELLED");
        try (var files = Files.list(dataDir())) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".csv"))).isEmpty();
        }
    }

    /** The writer's failure (here a cell that cannot be written) stops the read and fails the export with it. */
    @Test
    @WithMockUser(username = "exporter", roles = "BUREAU")
    void aWritersFailureStopsAStreamedExport() throws Exception {
        String grid = "streamed-grid-" + UUID.randomUUID().toString().substring(0, 8);
        IllegalStateException unwritable = new IllegalStateException("a cell that cannot be written");
        List<Integer> read = new CopyOnWriteArrayList<>();
        ExportSource source = new Streamed(new SyntheticRows(100_000), read::add) {
            @Override
            public void stream(java.util.function.Consumer<List<?>> sink) {
                super.stream(row -> sink.accept(read.size() == 700 ? List.of(new Object() {
                    @Override
                    public String toString() {
                        throw unwritable;
                    }
                }) : row));
            }
        };
        RunningExport export = exports.start(new ExportRequest(grid, "Centers", "filter=ALL", ExportFormat.XLSX),
                source, n -> { });

        assertThatThrownBy(() -> export.result().get(60, TimeUnit.SECONDS))
                .hasCause(unwritable);
        assertThat(read.size()).isLessThan(100_000);
        assertThat(jdbc.queryForObject("select action from audit_event where subject_type = 'EXPORT'"
                + " and subject_id = ?", String.class, grid)).isEqualTo("EXPORT_FAILED");
    }

    /** Streams the rows of a {@link SyntheticRows}, telling {@code onRow} each row's number before handing it on. */
    private static class Streamed implements ExportSource {
        private final SyntheticRows rows;
        private final java.util.function.IntConsumer onRow;
        volatile boolean ended;

        Streamed(SyntheticRows rows, java.util.function.IntConsumer onRow) {
            this.rows = rows;
            this.onRow = onRow;
        }

        @Override
        public List<String> headers() {
            return rows.headers();
        }

        @Override
        public long count() {
            return rows.count();
        }

        @Override
        public List<? extends List<?>> page(int page, int size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean streams() {
            return true;
        }

        @Override
        public void stream(java.util.function.Consumer<List<?>> sink) {
            try {
                int n = 0;
                for (int page = 0; (long) page * 1000 < rows.count(); page++) {
                    for (List<?> row : rows.page(page, 1000)) {
                        onRow.accept(n++);
                        sink.accept(row);
                    }
                }
            } finally {
                ended = true;
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void nobodyExportsWithoutLoggingIn() {
        assertThatThrownBy(() -> exports.start(new ExportRequest("g", "t", "", ExportFormat.CSV),
                new SyntheticRows(1), n -> { })).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Autowired
    org.springframework.core.env.Environment environment;

    private java.nio.file.Path dataDir() {
        return java.nio.file.Path.of(environment.getProperty("ticportal.data-dir")).toAbsolutePath().normalize()
                .resolve("exports");
    }
}

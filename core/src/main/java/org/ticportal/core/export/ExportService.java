package org.ticportal.core.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.TableWriter;

/**
 * Exports what a grid shows to Excel or CSV, in the background and in constant memory: the rows are fetched
 * {@value #PAGE_SIZE} at a time, or streamed in one statement where the grid's service can, through the grid's own
 * service query ({@link ExportSource}), as the user who started
 * the export, so that the same scope rules apply as on the screen, and streamed into a temporary file under
 * {@code <data-dir>/exports}. The export reports its progress, can be cancelled (checked every page of rows), and is recorded in the
 * audit trail (who, which grid, filter and sort, how many rows), also when cancelled or failed. Files older than a day are
 * deleted when the next export starts.
 */
@Service
public class ExportService {

    /** The rows fetched and written at a time. */
    public static final int PAGE_SIZE = 500;
    /**
     * The most exports that stream at once: each holds a connection of the pool (10 by default) until its last row,
     * and its columns may read more; an export started while they run reads page by page.
     */
    static final int MAX_STREAMING = 2;
    /**
     * The most batches of {@value #PAGE_SIZE} rows waiting between a streamed export's reading and its writing (beside
     * the one being written and the one being filled).
     */
    static final int WAITING_BATCHES = 4;
    /** An export file older than this is deleted (a discarded one at once). */
    static final Duration KEEP = Duration.ofDays(1);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);

    private final AuditService audit;
    private final Clock clock;
    private final Path directory;
    private final Executor executor;
    private final java.util.concurrent.Semaphore streaming = new java.util.concurrent.Semaphore(MAX_STREAMING);

    ExportService(AuditService audit, Clock clock, @Value("${ticportal.data-dir:data}") Path dataDir,
                  @Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor) {
        this.audit = audit;
        this.clock = clock;
        this.directory = dataDir.toAbsolutePath().normalize().resolve("exports");
        this.executor = executor.getIfAvailable(() -> new SimpleAsyncTaskExecutor("export-"));
    }

    /**
     * Starts an export; refused when the grid shows no column or when the rows would not fit the file type.
     *
     * @param progress told the number of rows written so far, from the export's thread; it should only hand the news on
     */
    @PreAuthorize("isAuthenticated()")
    public RunningExport start(ExportRequest request, ExportSource source, LongConsumer progress) {
        List<String> headers = List.copyOf(source.headers());
        if (headers.isEmpty()) {
            throw new BusinessException("export.noColumns");
        }
        long total = source.count();
        if (total > request.format().maxRows()) {
            throw new BusinessException("export.tooManyRows", total, request.format().maxRows());
        }
        RunningExport running = new RunningExport(total);
        Runnable work = () -> {
            try {
                running.complete(write(request, source, headers, running, progress));
            } catch (RuntimeException | Error e) {
                running.fail(e);
            }
        };
        try {
            executor.execute(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
        } catch (RejectedExecutionException e) {
            running.fail(e);
        }
        return running;
    }

    private ExportedFile write(ExportRequest request, ExportSource source, List<String> headers,
                               RunningExport running, LongConsumer progress) {
        Path file = createFile(request.format());
        long[] rows = {0};
        boolean finished = false;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
             TableWriter writer = request.format().open(out, request.title())) {
            writer.header(headers);
            if (source.streams() && streaming.tryAcquire()) {
                try {
                    streamed(source, writer, running, progress, rows);
                } finally {
                    streaming.release();
                }
            } else {
                paged(source, writer, running, progress, rows);
            }
            finished = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!finished) {
                deleteQuietly(file);
                audit.record(AuditSubject.EXPORT, request.grid(), running.cancelled() ? AuditAction.EXPORT_CANCELLED
                        : AuditAction.EXPORT_FAILED, null, request.format().name(), describe(request, rows[0]));
            }
        }
        return finish(request, rows[0], file);
    }

    /**
     * The rows of one streamed read, written on a thread of their own while this one reads on ({@link RowPipe}). Every
     * {@value #PAGE_SIZE} rows read, the cancellation is checked and the rows written so far are told, from this
     * thread (which carries the user's security context, as a screen's progress callback may need); the final count
     * once all are written.
     */
    private static void streamed(ExportSource source, TableWriter writer, RunningExport running,
                                 LongConsumer progress, long[] rows) {
        long[] read = {0};
        AtomicLong written = new AtomicLong();
        long[] told = {0};
        try (RowPipe pipe = new RowPipe(PAGE_SIZE, WAITING_BATCHES, batch -> {
            for (List<?> row : batch) {
                writer.row(row);
            }
            written.addAndGet(batch.size());
        })) {
            source.stream(row -> {
                if (read[0]++ % PAGE_SIZE == 0) {
                    if (running.cancelled()) {
                        throw new CancellationException("export cancelled after " + (read[0] - 1) + " rows read");
                    }
                    long now = written.get();
                    if (now > told[0]) {
                        told[0] = now;
                        tell(progress, now);
                    }
                }
                pipe.accept(row);
            });
            pipe.finish();
        } finally {
            rows[0] = written.get(); // the writer has stopped: the pipe waits for it when closed
        }
        tell(progress, rows[0]);
    }

    /** The rows page by page, the cancellation checked between pages. */
    private static void paged(ExportSource source, TableWriter writer, RunningExport running, LongConsumer progress,
                              long[] rows) {
        int size = PAGE_SIZE;
        for (int page = 0; ; page++) {
            if (running.cancelled()) {
                throw new CancellationException("export cancelled after " + rows[0] + " rows");
            }
            List<? extends List<?>> batch = source.page(page, size);
            for (List<?> row : batch) {
                writer.row(row);
            }
            rows[0] += batch.size();
            tell(progress, rows[0]);
            if (page == 0 && !batch.isEmpty() && batch.size() < size && running.total() > batch.size()) {
                // the grid's service caps its pages (most at 200): go on at the size it gives
                size = batch.size();
            } else if (batch.size() < size) {
                return;
            }
        }
    }

    /** Records the finished export in the audit trail and names its file. */
    private ExportedFile finish(ExportRequest request, long rows, Path file) {
        audit.record(AuditSubject.EXPORT, request.grid(), AuditAction.EXPORTED, null, request.format().name(),
                describe(request, rows));
        String name = request.title().replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + "-"
                + LocalDateTime.now(clock).format(STAMP) + "." + request.format().extension();
        return new ExportedFile(file, name, rows, request.format());
    }

    private static String describe(ExportRequest request, long rows) {
        return "rows=" + rows + "; " + request.filter();
    }

    private Path createFile(ExportFormat format) {
        try {
            Files.createDirectories(directory);
            prune();
            return Files.createTempFile(directory, "export-", "." + format.extension());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the exports older than {@link #KEEP}: those a screen never discarded (closed tab, restart). */
    private void prune() throws IOException {
        Instant before = clock.instant().minus(KEEP);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "export-*")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    deleteQuietly(file);
                }
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the export {}", file, e);
        }
    }

    private static void tell(LongConsumer progress, long rows) {
        try {
            progress.accept(rows);
        } catch (RuntimeException e) {
            // the screen is gone: the export goes on
        }
    }
}

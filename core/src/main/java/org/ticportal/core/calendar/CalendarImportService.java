package org.ticportal.core.calendar;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Runs an administrator's holiday CSV import in the background (导入节假日安排), so that the screen stays responsive
 * and shows how far it got. The import runs as the administrator who started it, in one transaction of
 * {@link WorkingDayCalendar#importCsv(java.io.Reader, String, Consumer)}: a bad line or a cancellation stores nothing;
 * a screen that can no longer be told of the progress (its tab closed) does not stop it.
 */
@Service
public class CalendarImportService {

    /** The largest CSV accepted: a year has a few dozen special days, a file a few years. */
    public static final int MAX_CSV_BYTES = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(CalendarImportService.class);

    private final WorkingDayCalendar calendar;
    private final Executor executor;

    CalendarImportService(WorkingDayCalendar calendar,
                          @Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor) {
        this.calendar = calendar;
        this.executor = executor.getIfAvailable(() -> new SimpleAsyncTaskExecutor("calendar-import-"));
    }

    /**
     * Starts importing a holiday CSV (UTF-8) in the background. Every year the file contains replaces what was loaded
     * for that year.
     *
     * @param csv      the file's content
     * @param source   where the data comes from, or empty to use the file's first comment line
     * @param progress told of each step, from the import's thread (it should only hand the news on, e.g. with
     *                 {@code UI.access})
     * @return the running import: its progress, its result, and a way to stop it
     */
    @PreAuthorize("hasRole('ADMIN')")
    public RunningImport start(byte[] csv, String source, Consumer<ImportProgress> progress) {
        if (csv.length > MAX_CSV_BYTES) {
            throw new org.ticportal.core.common.BusinessException("calendar.import.tooLarge", MAX_CSV_BYTES / 1024);
        }
        RunningImport running = new RunningImport();
        Runnable work = () -> {
            try {
                running.stopIfCancelled();
                ImportResult result = calendar.importCsv(new InputStreamReader(new ByteArrayInputStream(csv),
                        StandardCharsets.UTF_8), source, step -> {
                    running.step(step);
                    tell(progress, step);
                });
                running.complete(result);
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

    /**
     * Hands a step on to the screen. The screen's callback runs inside the import's transaction: when it fails (the
     * tab was closed, {@code UI.access} refused) the import goes on and completes, and the failure is only logged.
     */
    private static void tell(Consumer<ImportProgress> progress, ImportProgress step) {
        try {
            progress.accept(step);
        } catch (RuntimeException e) {
            LOG.warn("The calendar import's progress could not be shown ({} of {}); the import goes on",
                    step.done(), step.total(), e);
        }
    }
}

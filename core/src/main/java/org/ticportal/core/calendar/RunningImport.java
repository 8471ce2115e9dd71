package org.ticportal.core.calendar;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * A holiday CSV import running in the background ({@link CalendarImportService#start}): how far it got, its result
 * once done, and a way to stop it. A stopped import stores nothing: its transaction is rolled back and its result
 * completes with a {@link CancellationException}.
 */
public final class RunningImport {

    private final CompletableFuture<ImportResult> result = new CompletableFuture<>();
    private volatile ImportProgress progress = new ImportProgress(0, 1, null);
    private volatile boolean cancelled;

    RunningImport() {
    }

    /**
     * The import's result: completes with what was stored, or exceptionally with the refusal (a
     * {@link org.ticportal.core.common.BusinessException} naming the bad line, a {@link CancellationException} when
     * stopped). A copy: completing it does not touch the import.
     */
    public CompletableFuture<ImportResult> result() {
        return result.copy();
    }

    /** How far the import got. */
    public ImportProgress progress() {
        return progress;
    }

    /**
     * Asks the import to stop before it stores the next year; nothing it stored so far is kept.
     *
     * @return whether the import was still running
     */
    public boolean cancel() {
        cancelled = true;
        return !result.isDone();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** Called by the import between its steps: records the step, or stops the import when it was cancelled. */
    void step(ImportProgress step) {
        stopIfCancelled();
        progress = step;
    }

    void stopIfCancelled() {
        if (cancelled) {
            throw new CancellationException("calendar import cancelled");
        }
    }

    void complete(ImportResult imported) {
        result.complete(imported);
    }

    void fail(Throwable error) {
        result.completeExceptionally(cancelled && !(error instanceof CancellationException)
                ? new CancellationException("calendar import cancelled") : error);
    }
}

package org.ticportal.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An export running in the background: its total, its result (the file, or a {@link java.util.concurrent
 * .CancellationException} when cancelled, or the failure) and its cancellation. Discarding it cancels it if it still
 * runs and deletes its file.
 */
public final class RunningExport {

    private final long total;
    private final CompletableFuture<ExportedFile> result = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean discarded = new AtomicBoolean();

    RunningExport(long total) {
        this.total = total;
    }

    /** The rows the filter matched when the export started. */
    public long total() {
        return total;
    }

    /** Completes with the file once written. */
    public CompletableFuture<ExportedFile> result() {
        return result;
    }

    /** Asks the export to stop after the page it is writing; its file is deleted. */
    public void cancel() {
        cancelled.set(true);
    }

    boolean cancelled() {
        return cancelled.get() || discarded.get();
    }

    /** Cancels the export if it still runs and deletes its file (when the user has it or no longer wants it). */
    public void discard() {
        discarded.set(true);
        result.thenAccept(RunningExport::delete);
    }

    void complete(ExportedFile file) {
        result.complete(file);
    }

    void fail(Throwable error) {
        result.completeExceptionally(error);
    }

    static void delete(ExportedFile file) {
        try {
            Files.deleteIfExists(file.file());
        } catch (IOException e) {
            // the daily clean-up takes it
        }
    }
}

package org.ticportal.core.expert;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An Excel import of experts running in the background ({@link ExpertImportService#start}): how far it got and its
 * result once done.
 */
public final class ExpertImport {

    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private volatile double progress;

    ExpertImport() {
    }

    /** The import's result: what was imported, or the bad rows (and then nothing was imported). A copy. */
    public CompletableFuture<Result> result() {
        return result.copy();
    }

    /** How far the import got, from 0 to 1. */
    public double progress() {
        return progress;
    }

    void step(double fraction) {
        this.progress = fraction;
    }

    void complete(Result r) {
        progress = 1;
        result.complete(r);
    }

    void fail(Throwable e) {
        result.completeExceptionally(e);
    }

    /**
     * What an import did.
     *
     * @param imported how many experts were added (0 when any row was bad)
     * @param problems the bad rows, each with its number in the sheet; empty when all were imported
     */
    public record Result(int imported, List<RowProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A row the import refused.
     *
     * @param row        its number in the sheet (the header is row 1)
     * @param messageKey the reason's key
     * @param arguments  the reason's arguments
     */
    public record RowProblem(int row, String messageKey, List<String> arguments) {
        public RowProblem {
            arguments = List.copyOf(arguments);
        }
    }
}

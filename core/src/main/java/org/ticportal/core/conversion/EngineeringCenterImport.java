package org.ticportal.core.conversion;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An Excel import of engineering centers running in the background ({@link EngineeringCenterImportService#start}):
 * how far it got and its result once done.
 */
public final class EngineeringCenterImport {

    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private volatile double progress;

    EngineeringCenterImport() {
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
     * @param checked  how many data rows were checked
     * @param imported how many engineering centers were added (0 when any row was bad: all or nothing)
     * @param problems every bad row's problems; empty when all were imported
     */
    public record Result(int checked, int imported, List<ImportProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean clean() {
            return problems.isEmpty();
        }
    }
}

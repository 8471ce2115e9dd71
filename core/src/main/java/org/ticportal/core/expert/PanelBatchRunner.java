package org.ticportal.core.expert;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.DoubleConsumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Runs a batch draw ({@link PanelBatchService#draw(Collection, DoubleConsumer)}) in the background, as the user who
 * started it, so that the screen shows its progress instead of freezing while many panels are drawn. The draw stays
 * one transaction: all panels or none.
 */
@Service
public class PanelBatchRunner {

    private final PanelBatchService batches;
    private final Executor executor;

    PanelBatchRunner(PanelBatchService batches,
                     @Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor) {
        this.batches = batches;
        this.executor = executor.getIfAvailable(() -> new SimpleAsyncTaskExecutor("panel-batch-"));
    }

    /**
     * Starts the draw; the result completes with the batch, or exceptionally with {@link PanelBatchService.Refused}
     * (nothing drawn) or another error.
     *
     * @param progress told how far the draw got (0 to 1), from the draw's thread; it should only hand the news on
     */
    @PreAuthorize("hasRole('BUREAU')")
    public CompletableFuture<PanelBatchService.Batch> start(Collection<Long> applicationIds,
                                                            DoubleConsumer progress) {
        List<Long> ids = List.copyOf(applicationIds);
        CompletableFuture<PanelBatchService.Batch> result = new CompletableFuture<>();
        Runnable work = () -> {
            try {
                result.complete(batches.draw(ids, fraction -> {
                    try {
                        progress.accept(fraction);
                    } catch (RuntimeException e) {
                        // the screen is gone: the draw goes on
                    }
                }));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        };
        try {
            executor.execute(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
        return result;
    }
}

package org.ticportal.core.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Runs a piece of a user's work off the request thread, as that user (their security context goes with it, so the
 * services it calls check the same roles and scope), so that a screen shows progress instead of freezing while, e.g.,
 * a bulk action on two thousand rows runs (批量操作 on every row matching a filter). The work itself keeps its own
 * transaction rules: a bulk action stays all or nothing.
 */
@Service
public class BackgroundWork {

    private final Executor executor;

    BackgroundWork(@Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor) {
        this.executor = executor.getIfAvailable(() -> new SimpleAsyncTaskExecutor("background-work-"));
    }

    /** Starts the work; the result completes with its value, or exceptionally with what it threw. */
    public <T> CompletableFuture<T> start(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable run = () -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        };
        try {
            executor.execute(new DelegatingSecurityContextRunnable(run, SecurityContextHolder.getContext()));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
        return result;
    }
}

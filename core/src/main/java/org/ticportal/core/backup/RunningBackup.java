package org.ticportal.core.backup;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backup running in the background ({@link BackupService#start}): its archive's name, how far it got and, once
 * done, its result. A screen may listen to its progress; the listener is told from the backup's thread and should
 * only hand the news on (e.g. with {@code UI.access}).
 */
public final class RunningBackup {

    private static final Logger LOG = LoggerFactory.getLogger(RunningBackup.class);

    private final String name;
    private final String startedBy;
    private final Instant startedAt;
    private final CompletableFuture<BackupResult> result = new CompletableFuture<>();
    private volatile BackupProgress progress = new BackupProgress(BackupProgress.Phase.DATABASE, 0, 0);
    private final List<Consumer<BackupProgress>> listeners = new CopyOnWriteArrayList<>();

    RunningBackup(String name, String startedBy, Instant startedAt) {
        this.name = name;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    /** @return the archive's file name */
    public String name() {
        return name;
    }

    /** @return who started it */
    public String startedBy() {
        return startedBy;
    }

    /** @return when it started */
    public Instant startedAt() {
        return startedAt;
    }

    /** @return how far it got */
    public BackupProgress progress() {
        return progress;
    }

    /** The result: completes with the archive, or exceptionally with why it failed. A copy. */
    public CompletableFuture<BackupResult> result() {
        return result.copy();
    }

    /** @return whether it is over */
    public boolean isDone() {
        return result.isDone();
    }

    /**
     * Tells a listener of the current step now and of every further one; listeners are dropped once the backup is
     * done, so that a closed screen is not kept.
     */
    public void onProgress(Consumer<BackupProgress> listener) {
        if (!isDone()) {
            listeners.add(listener);
        }
        tell(listener, progress);
    }

    void step(BackupProgress step) {
        progress = step;
        listeners.forEach(l -> tell(l, step));
    }

    private static void tell(Consumer<BackupProgress> listener, BackupProgress step) {
        try {
            listener.accept(step);
        } catch (RuntimeException e) {
            LOG.debug("The backup's progress could not be shown; the backup goes on", e);
        }
    }

    void complete(BackupResult done) {
        step(new BackupProgress(BackupProgress.Phase.DONE, progress.total(), progress.total()));
        listeners.clear();
        result.complete(done);
    }

    void fail(Throwable error) {
        listeners.clear();
        result.completeExceptionally(error);
    }
}

package org.ticportal.core.backup;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The backups of this portal's run that are in no archive: the one running (one at a time) and the last failed runs
 * since the portal started, newest first.
 */
@Component
class BackupRuns {

    private static final int FAILURES_SHOWN = 5;

    private final AtomicReference<@Nullable RunningBackup> current = new AtomicReference<>();
    private final List<BackupInfo> failures = new CopyOnWriteArrayList<>();

    /** The backup started last, running or done; {@code null} before the first. */
    @Nullable RunningBackup current() {
        return current.get();
    }

    /** Makes {@code running} the current backup if {@code before} still is; {@code false} when another came first. */
    boolean replace(@Nullable RunningBackup before, RunningBackup running) {
        return current.compareAndSet(before, running);
    }

    /** Keeps a failed run, dropping the oldest beyond the number shown. */
    void failed(BackupInfo failure) {
        failures.addFirst(failure);
        while (failures.size() > FAILURES_SHOWN) {
            failures.removeLast();
        }
    }

    /** The failed runs kept, newest first. */
    List<BackupInfo> failures() {
        return List.copyOf(failures);
    }
}

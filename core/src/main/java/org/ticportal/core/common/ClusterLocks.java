package org.ticportal.core.common;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs scheduled work once across every portal instance sharing the database (ShedLock's lock table
 * {@code shedlock}, V16). A caller names its work and says how long a run may take at most; an instance that finds the
 * lock held skips the run, so two nodes closing notices at the same minute move each application on once.
 *
 * <p>Explicit rather than {@code @SchedulerLock}: the same work also runs at start-up, a call a proxy would not see.
 *
 * <p>On a Galera cluster the lock holds as well: taking it is an INSERT or an UPDATE of the lock's row (primary key
 * {@code name}); two nodes taking it at once write the same row, Galera's certification lets one commit and answers
 * the other with a deadlock error, which ShedLock reads as "held" ({@code ConcurrencyFailureException}). No
 * {@code GET_LOCK} (node-local on Galera) and no {@code LOCK TABLES} (refused).
 */
@Component
public class ClusterLocks {

    /** How often {@link #awaitOnce} tries the lock again. */
    private static final Duration WAIT_STEP = Duration.ofMillis(500);

    private final LockingTaskExecutor executor;
    private final Clock clock;

    ClusterLocks(DataSource dataSource, Clock clock) {
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime()
                        .build()));
        this.clock = clock;
    }

    /**
     * Runs the work if no other instance runs work of that name; empty when it was skipped.
     *
     * @param name        the work's name (at most 64 characters), e.g. {@code notice-close}
     * @param atMostFor   how long the lock is kept if this instance dies mid-run
     * @param atLeastFor  how long the lock is kept after a quick run, so that a node whose clock is a little behind does
     *                    not run the same scheduled work again a moment later
     */
    public <T> Optional<T> once(String name, Duration atMostFor, Duration atLeastFor, Supplier<T> work) {
        LockingTaskExecutor.TaskResult<T> result = execute(name, atMostFor, atLeastFor, work);
        return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
    }

    /**
     * Runs the work once the lock is free, waiting while another instance runs work of that name: for work every
     * instance must have done before it goes on, such as loading start-up data (two nodes starting together load it
     * one after the other, and the second finds everything there), where {@link #once} would skip it.
     *
     * @param patience how long to wait for the other instance before giving up
     * @throws IllegalStateException when the lock stayed held for longer than {@code patience}
     */
    public <T> T awaitOnce(String name, Duration atMostFor, Duration patience, Supplier<T> work) {
        long giveUp = System.nanoTime() + patience.toNanos();
        while (true) {
            LockingTaskExecutor.TaskResult<T> result = execute(name, atMostFor, Duration.ZERO, work);
            if (result.wasExecuted()) {
                return result.getResult();
            }
            if (System.nanoTime() - giveUp > 0) {
                throw new IllegalStateException("Another portal instance held the lock " + name + " for more than "
                        + patience);
            }
            try {
                Thread.sleep(WAIT_STEP.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the lock " + name, e);
            }
        }
    }

    private <T> LockingTaskExecutor.TaskResult<T> execute(String name, Duration atMostFor, Duration atLeastFor,
                                                          Supplier<T> work) {
        try {
            return executor.executeWithLock(work::get, new LockConfiguration(clock.instant(), name, atMostFor,
                    atLeastFor));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}

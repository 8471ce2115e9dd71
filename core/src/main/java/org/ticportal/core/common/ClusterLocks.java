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
 */
@Component
public class ClusterLocks {

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
        try {
            LockingTaskExecutor.TaskResult<T> result = executor.executeWithLock(work::get,
                    new LockConfiguration(clock.instant(), name, atMostFor, atLeastFor));
            return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}

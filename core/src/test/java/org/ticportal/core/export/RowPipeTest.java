package org.ticportal.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.ticportal.core.Await;

/**
 * The hand-over between an export's reading and its writing thread: every row arrives once and in order on the other
 * thread; the reader waits while the writer is behind (constant memory); the writer's failure comes out of the reader's
 * calls unchanged; a pipe closed early stops its writer, and nothing is written once {@code close()} has returned.
 */
class RowPipeTest {

    @Test
    void everyRowArrivesOnceInOrderOnTheWritersThread() {
        List<Object> written = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Thread> writerThread = new AtomicReference<>();
        try (RowPipe pipe = new RowPipe(10, 2, batch -> {
            writerThread.set(Thread.currentThread());
            batch.forEach(row -> written.add(row.getFirst()));
        })) {
            for (int i = 0; i < 1234; i++) {
                pipe.accept(List.of(i));
            }
            assertThat(pipe.pending()).isEqualTo(4);
            pipe.finish();
        }
        assertThat(written).hasSize(1234);
        for (int i = 0; i < 1234; i++) {
            assertThat(written.get(i)).isEqualTo(i);
        }
        assertThat(writerThread.get()).isNotEqualTo(Thread.currentThread());
    }

    @Test
    void theReaderWaitsWhileTheWriterIsBehind() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger accepted = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        try (RowPipe pipe = new RowPipe(10, 2, batch -> await(release))) {
            Thread reader = Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < 1000; i++) {
                        pipe.accept(List.of(i));
                        accepted.incrementAndGet();
                    }
                    pipe.finish();
                } catch (Throwable e) {
                    failed.set(e);
                }
            });
            // one batch in the writer's hands, two waiting, one being filled: the 40th row waits for room, the reader
            // parked in the hand-over (not merely slow) with 39 rows accepted
            // (it may park for a moment at 29 too, until the writer takes its first batch: both conditions at once)
            Await.until("the reader parked in the pipe with 39 rows accepted", Duration.ofSeconds(30),
                    () -> accepted.get() == 39 && parkedIn(reader, "accept"));
            assertThat(accepted.get()).isEqualTo(39);
            release.countDown();
            reader.join(Duration.ofSeconds(30));
            assertThat(reader.isAlive()).isFalse();
            assertThat(failed.get()).isNull();
            assertThat(accepted.get()).isEqualTo(1000);
        }
    }

    /** Whether the thread waits inside the pipe's method: blocked by the pipe, not running nor finished. */
    private static boolean parkedIn(Thread thread, String method) {
        Thread.State state = thread.getState();
        return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                && Arrays.stream(thread.getStackTrace()).anyMatch(frame -> frame.getClassName()
                        .equals(RowPipe.class.getName()) && frame.getMethodName().equals(method));
    }

    @Test
    void theWritersFailureComesOutOfTheReadersNextCallUnchanged() {
        IllegalStateException broken = new IllegalStateException("disk full");
        AtomicInteger batches = new AtomicInteger();
        try (RowPipe pipe = new RowPipe(10, 2, batch -> {
            if (batches.incrementAndGet() == 3) {
                throw broken;
            }
        })) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 100_000; i++) {
                    pipe.accept(List.of(i));
                }
            }).isSameAs(broken);
        }
        assertThat(batches.get()).isEqualTo(3);

        try (RowPipe pipe = new RowPipe(10, 2, batch -> {
            throw broken;
        })) {
            pipe.accept(List.of(1));
            assertThatThrownBy(pipe::finish).isSameAs(broken);
        }
    }

    @Test
    void aPipeClosedEarlyStopsItsWriterAndNothingIsWrittenAfterwards() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger written = new AtomicInteger();
        AtomicReference<Thread> writerThread = new AtomicReference<>();
        Thread releaser;
        try (RowPipe pipe = new RowPipe(10, 4, batch -> {
            writerThread.set(Thread.currentThread());
            writing.countDown();
            await(release);
            written.addAndGet(batch.size());
        })) {
            for (int i = 0; i < 45; i++) {
                pipe.accept(List.of(i));
            }
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            // the writer finishes the batch in its hands once released, while close() waits for it; the three
            // waiting are dropped
            Thread closing = Thread.currentThread();
            releaser = Thread.ofPlatform().start(() -> {
                try {
                    Await.until("close() waiting for the writer", Duration.ofSeconds(30),
                            () -> parkedIn(closing, "close"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    release.countDown();
                }
            });
        }
        // close() has returned: the writer has stopped, so nothing can be written afterwards
        assertThat(writerThread.get().isAlive()).as("the writer stopped before close() returned").isFalse();
        assertThat(written.get()).isEqualTo(10);
        releaser.join();
        assertThatThrownBy(() -> new RowPipe(0, 1, batch -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    /** A writer that stops without a failure (a checked exception thrown past the compiler) fails the reader too. */
    @Test
    void aCheckedFailureOfTheWriterComesOutWrapped() {
        java.io.IOException disk = new java.io.IOException("disk full");
        try (RowPipe pipe = new RowPipe(10, 2, batch -> sneaky(disk))) {
            pipe.accept(List.of(1));
            assertThatThrownBy(pipe::finish).isInstanceOf(IllegalStateException.class).hasCause(disk);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneaky(Throwable e) throws E {
        throw (E) e;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

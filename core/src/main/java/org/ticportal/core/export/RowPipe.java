package org.ticportal.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Rows handed from the thread that reads them to a thread of their own that writes them, in batches, so that reading
 * (the database sending and the driver decoding a streamed result: about 10 µs a row) and writing (the workbook's XML
 * and its compression: about as much) run at the same time on two cores instead of one after the other (benchmark
 * P6). At most {@code capacity} batches wait between the two, so the memory stays constant whatever the number of
 * rows: the reader waits while the writer is behind.
 *
 * <p>Used by one reader thread: {@link #accept} each row, then {@link #finish} once all are read; {@link #close}
 * always, which stops the writer if the reading ended early and waits until it has stopped, so that nothing writes
 * after the pipe is closed. A writer's failure comes out of the reader's next {@link #accept} that hands over a batch
 * (so up to a batch of rows more may be read first) or out of {@link #finish}: unchanged when it is unchecked, a
 * checked one wrapped; the batches still waiting are then dropped. A writer that stopped without a failure (it
 * cannot, but the pipe does not rely on it) fails the reader too: no export ends complete with rows missing.
 *
 * <p>The rows are written later, on the other thread: a reader hands over each row as a list of its own that it does
 * not change afterwards.
 */
final class RowPipe implements AutoCloseable, Consumer<List<?>> {

    private static final List<List<?>> END = List.of();
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final int batchSize;
    private final BlockingQueue<List<List<?>>> queue;
    private final Thread writer;
    private List<List<?>> batch;
    private volatile @Nullable Throwable failure;
    private volatile boolean aborted;
    /** Whether the writer took the end: every batch handed over was written. */
    private volatile boolean completed;
    private boolean finished;

    /**
     * Starts the writing thread.
     *
     * @param batchSize the rows handed over at a time
     * @param capacity the most batches that wait for the writer
     * @param sink writes a batch of rows, on the writing thread
     */
    RowPipe(int batchSize, int capacity, Consumer<List<List<?>>> sink) {
        if (batchSize < 1 || capacity < 1) {
            throw new IllegalArgumentException("a pipe of batches of " + batchSize + ", " + capacity + " waiting");
        }
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batch = new ArrayList<>(batchSize);
        this.writer = Thread.ofPlatform().name("export-writer-" + THREADS.incrementAndGet()).daemon()
                .start(() -> write(sink));
    }

    private void write(Consumer<List<List<?>>> sink) {
        try {
            List<List<?>> rows = queue.take();
            for (; rows != END && !aborted; rows = queue.take()) {
                sink.accept(rows);
            }
            completed = rows == END && !aborted;
        } catch (InterruptedException e) {
            failure = new IllegalStateException("the export's writer was interrupted", e);
            queue.clear(); // the reader may be waiting for room
        } catch (Throwable e) {
            failure = e;
            queue.clear(); // the reader may be waiting for room
        }
    }

    /** Hands a row on; waits while {@code capacity} batches wait for the writer. */
    @Override
    public void accept(List<?> row) {
        if (finished) {
            throw new IllegalStateException("the pipe is finished");
        }
        batch.add(row);
        if (batch.size() == batchSize) {
            handOn(batch);
            batch = new ArrayList<>(batchSize);
        }
    }

    /** The rows read so far that the writer has not been handed yet (fewer than a batch). */
    int pending() {
        return batch.size();
    }

    /** Hands on the last rows and waits until the writer has written them all. */
    void finish() {
        if (!batch.isEmpty()) {
            handOn(batch);
            batch = List.of();
        }
        handOn(END);
        finished = true;
        join();
        rethrow();
        if (!completed) {
            throw new IllegalStateException("the export's writer stopped before the last rows");
        }
    }

    /**
     * Stops the writer if the rows were not all handed on (after the batch it is writing: it is not interrupted, which
     * would close the file's channel under it), and waits until it has stopped.
     */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            aborted = true;
            queue.clear();
            queue.offer(END); // room: only this thread adds, and it has just emptied the queue
            join();
        }
    }

    private void handOn(List<List<?>> rows) {
        try {
            while (!queue.offer(rows, 50, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!writer.isAlive()) {
                    throw new IllegalStateException("the export's writer stopped");
                }
            }
            rethrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing rows to the writer", e);
        }
    }

    private void rethrow() {
        Throwable failed = failure;
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException("the export's writer failed", failed);
        }
    }

    private void join() {
        boolean interrupted = false;
        while (true) {
            try {
                writer.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the writer must stop before the file is closed: wait for it anyway
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.ticportal.core.common;

import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.Function;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/**
 * The rows of several sources, each read in the same order a slice at a time, as one sequence in that order: a merge
 * that reads a source's next slice only once the rows of its last one were taken. Why: a query over a disjunction
 * ({@code stage = A or stage = B}) ordered by another column has MariaDB sort every matching row before the first one
 * comes (the inbox of a bureau at a million applications: seconds), while each branch alone reads the first rows of an
 * index in order (milliseconds). The sources must not share rows.
 *
 * @param <T> the row
 */
public final class MergedSlices<T> implements Iterator<T> {

    private final PriorityQueue<Source<T>> heads;

    /**
     * @param sources   each source's slice for a page request (e.g. a repository's {@code findBy(spec, q ->
     *                  q.slice(page))}); the request carries the sort
     * @param sliceSize rows read from a source at a time
     * @param sort      the order every source reads in
     * @param order     the same order in Java, to merge by
     */
    public MergedSlices(List<Function<Pageable, Slice<T>>> sources, int sliceSize, Sort sort, Comparator<T> order) {
        if (sliceSize < 1) {
            throw new IllegalArgumentException("sliceSize must be positive: " + sliceSize);
        }
        heads = new PriorityQueue<>(Math.max(1, sources.size()), Comparator.comparing(Source::head, order));
        for (Function<Pageable, Slice<T>> read : sources) {
            Source<T> source = new Source<>(read, PageRequest.of(0, sliceSize, sort));
            if (source.advance()) {
                heads.add(source);
            }
        }
    }

    @Override
    public boolean hasNext() {
        return !heads.isEmpty();
    }

    @Override
    public T next() {
        Source<T> first = heads.poll();
        if (first == null) {
            throw new NoSuchElementException();
        }
        T row = first.head();
        if (first.advance()) {
            heads.add(first);
        }
        return row;
    }

    /** One source: its current row, the rest of its slice, and the request for its next slice. */
    private static final class Source<T> {

        private final Function<Pageable, Slice<T>> read;
        private Pageable next;
        private boolean more = true;
        private Iterator<T> rows = Collections.emptyIterator();
        private T head;

        Source(Function<Pageable, Slice<T>> read, Pageable first) {
            this.read = read;
            this.next = first;
        }

        T head() {
            return head;
        }

        /** Moves to the source's next row, reading its next slice when needed; false when it has none. */
        boolean advance() {
            if (!rows.hasNext() && more) {
                Slice<T> slice = read.apply(next);
                rows = slice.getContent().iterator();
                more = slice.hasNext();
                next = slice.hasNext() ? slice.nextPageable() : next;
            }
            if (!rows.hasNext()) {
                return false;
            }
            head = rows.next();
            return true;
        }
    }
}

package org.ticportal.core.application;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Where a grid's recent pages ended, so that a deeper page of the same query seeks from there (keyset paging) instead
 * of skipping every row before it: a user scrolling a grid of a million rows reads page after page, and the 2,000th
 * page by offset made MariaDB step over 100,000 index entries (benchmark P1, 49 ms; from the page before it, 1 ms).
 *
 * <p>A query is known by its text and values (one user's scope, filter and sort); for each, the sort values of the
 * last row of each page read are kept by that row's position, for {@link #MAX_AGE} — a page read from an older end
 * is read by offset again. A page sought from an end lists the rows after that row as they are now: when rows moved
 * meanwhile it may differ from a page by offset by those rows, as any list that changes while it is scrolled. Bounded:
 * at most {@link #MAX_QUERIES} queries and {@link #MAX_ENDS} ends each, the least recently used forgotten first.
 */
final class PageAnchors {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final int MAX_QUERIES = 2_000;
    static final int MAX_ENDS = 64;

    /**
     * A row's position in a query's order and its sort values (the order's columns', the id last).
     *
     * @param position the row's position, from 0
     * @param values   its values of the sort's columns, in the order's order
     * @param takenAt  {@link System#nanoTime()} when it was read
     */
    record Anchor(long position, List<Object> values, long takenAt) {
    }

    private final Map<String, TreeMap<Long, Anchor>> queries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TreeMap<Long, Anchor>> eldest) {
            return size() > MAX_QUERIES;
        }
    };

    /** The nearest end before {@code position} of this query's pages read in the last {@link #MAX_AGE}, if any. */
    synchronized @Nullable Anchor before(String query, long position) {
        TreeMap<Long, Anchor> ends = queries.get(query);
        if (ends == null) {
            return null;
        }
        var found = ends.floorEntry(position - 1);
        if (found == null) {
            return null;
        }
        if (System.nanoTime() - found.getValue().takenAt() > MAX_AGE.toNanos()) {
            ends.headMap(found.getKey(), true).clear(); // the older ends are older still
            return null;
        }
        return found.getValue();
    }

    /** Notes the last row of a page just read. */
    synchronized void ended(String query, long position, List<Object> values) {
        TreeMap<Long, Anchor> ends = queries.computeIfAbsent(query, q -> new TreeMap<>());
        ends.put(position, new Anchor(position, values, System.nanoTime()));
        if (ends.size() > MAX_ENDS) {
            ends.pollFirstEntry();
        }
    }
}

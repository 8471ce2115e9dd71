package org.ticportal.core.common;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * One grid's pass over the pages of its query, from when the grid is loaded until it is refreshed: where the pages it
 * read ended, so that a deeper page is sought after the last row of a page read before it (keyset paging) instead of
 * skipping every row before it. A user scrolling a grid of a million rows reads page after page; the 2,000th page by
 * offset made MariaDB step over 100,000 index entries (benchmark P1: 48 ms; sought from the page before it, 2 ms).
 *
 * <p>A pass belongs to one grid on one screen, or to one export: it is never shared between users, grids or exports.
 * The grid drops it when it is refreshed (a new filter, a sort, a change the user made), so that the next pages list the
 * rows as they are then. Within a pass a page sought from an end lists the rows after that row as they are now: when a
 * row moved meanwhile, the page continues after the row the user saw last, as a list that changes while it is scrolled
 * does, instead of showing a row twice or skipping one as a page by offset would.
 *
 * <p>The service that reads the pages says what a query is (its statement and values: scope, filter, sort) and what
 * an end holds (the last row's values of the sort's columns); a pass asked about another query than the one it holds
 * ends of forgets them. It keeps the last {@value #MAX_ENDS} ends.
 */
public final class ScrollPass {

    /** The most page ends a pass keeps: the lowest is forgotten first. */
    public static final int MAX_ENDS = 64;

    /**
     * The last row of a page read: its position in the query's order and its values of the order's columns.
     *
     * @param position the row's position, from 0
     * @param values   its values of the sort's columns, in the order's order (none null)
     */
    public record End(long position, List<Object> values) {

        public End {
            if (position < 0) {
                throw new IllegalArgumentException("a row's position from 0, not " + position);
            }
            if (values.isEmpty()) {
                throw new IllegalArgumentException("an end needs the values of the sort's columns");
            }
            values = List.copyOf(values);
        }
    }

    private @Nullable String query;
    private final TreeMap<Long, End> ends = new TreeMap<>();

    /**
     * The nearest end before {@code position} of the pages of {@code query} read in this pass, if any; when the pass
     * held another query's ends, they are forgotten.
     */
    public synchronized @Nullable End before(String query, long position) {
        if (!holds(query)) {
            return null;
        }
        Map.Entry<Long, End> found = ends.floorEntry(position - 1);
        return found == null ? null : found.getValue();
    }

    /** Notes the last row of a page of {@code query} just read. */
    public synchronized void ended(String query, End end) {
        holds(query);
        ends.put(end.position(), end);
        if (ends.size() > MAX_ENDS) {
            ends.pollFirstEntry();
        }
    }

    private boolean holds(String query) {
        Objects.requireNonNull(query);
        if (query.equals(this.query)) {
            return true;
        }
        this.query = query;
        ends.clear();
        return false;
    }
}

package org.ticportal.core.export;

import java.util.List;
import java.util.function.Consumer;

/**
 * What a grid shows, for its export: the titles of its visible columns in their order and its rows, fetched page by
 * page through the same service query, filter and sort as the grid (so the user's scope applies exactly as on the
 * screen). Called from the export's thread, as the user who started it.
 */
public interface ExportSource {

    /** The column titles, in the user's language. */
    List<String> headers();

    /** The number of rows the filter matches (for the progress). */
    long count();

    /**
     * One page of rows, each a list of cells in the order of {@link #headers()} (texts, numbers, dates; {@code null}
     * an empty cell); a page shorter than {@code size} is the last.
     *
     * @param page the page's number, from 0
     */
    List<? extends List<?>> page(int page, int size);

    /**
     * Whether the rows come in one streamed read ({@link #stream}) rather than page by page: a grid over a large table
     * whose service reads its rows in one statement (benchmark P6).
     */
    default boolean streams() {
        return false;
    }

    /**
     * Every row, in the grid's order, each handed to {@code sink} (which throws to stop: a cancelled export); only for
     * a source that {@linkplain #streams() streams}. The sink keeps each row to write it later on another thread: hand
     * over a new list for every row and do not change it afterwards.
     */
    default void stream(Consumer<List<?>> sink) {
        throw new UnsupportedOperationException("this export source reads its rows page by page");
    }
}

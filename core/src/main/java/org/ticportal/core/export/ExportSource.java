package org.ticportal.core.export;

import java.util.List;

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
}

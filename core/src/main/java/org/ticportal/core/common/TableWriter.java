package org.ticportal.core.common;

import java.util.List;

/**
 * A table written row by row to a stream, in constant memory: a header, then the rows. Closing ends the file and
 * closes the stream.
 */
public interface TableWriter extends AutoCloseable {

    /** The column titles; written first, once. */
    void header(List<String> titles);

    /** One row of cells, in the header's order ({@code null} an empty cell). */
    void row(List<?> cells);

    @Override
    void close();
}

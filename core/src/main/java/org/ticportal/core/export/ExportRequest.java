package org.ticportal.core.export;

import java.util.Objects;

/**
 * One export asked for.
 *
 * @param grid   the grid's id, recorded in the audit trail (e.g. {@code centers-grid})
 * @param title  the grid's title in the user's language: the sheet's name and the start of the file's name
 * @param filter the filter and sort in force, as recorded in the audit trail
 * @param format the file type
 */
public record ExportRequest(String grid, String title, String filter, ExportFormat format) {

    public ExportRequest {
        if (grid.isBlank() || grid.length() > 128) {
            throw new IllegalArgumentException("a grid id of 1 to 128 characters, not " + grid);
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("an export needs a title");
        }
        Objects.requireNonNull(filter);
        Objects.requireNonNull(format);
    }
}

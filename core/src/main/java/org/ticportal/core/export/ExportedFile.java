package org.ticportal.core.export;

import java.nio.file.Path;

/**
 * A finished export: a temporary file under the data directory, deleted when the export is discarded (or a day later).
 *
 * @param file     the file
 * @param fileName the name to offer for the download (the grid's title, the date and time, the extension)
 * @param rows     the data rows written (the header not counted)
 * @param format   the file type
 */
public record ExportedFile(Path file, String fileName, long rows, ExportFormat format) {

    public ExportedFile {
        if (rows < 0) {
            throw new IllegalArgumentException("rows " + rows);
        }
    }
}

package org.ticportal.core.export;

import java.io.OutputStream;

import org.ticportal.core.common.CsvWriter;
import org.ticportal.core.common.TableWriter;
import org.ticportal.core.common.XlsxWriter;

/** The file types a grid exports to. */
public enum ExportFormat {

    /** An Excel workbook of one sheet (at most {@link XlsxWriter#MAX_ROWS} rows, the header included). */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** Comma-separated values, UTF-8 with a byte order mark so that Excel opens Chinese text. */
    CSV("csv", "text/csv;charset=UTF-8");

    private final String extension;
    private final String mimeType;

    ExportFormat(String extension, String mimeType) {
        this.extension = extension;
        this.mimeType = mimeType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The most data rows a file of this type holds. */
    public long maxRows() {
        return this == XLSX ? XlsxWriter.MAX_ROWS - 1 : Long.MAX_VALUE;
    }

    /** A writer of this type on the stream; {@code title} names the sheet. */
    public TableWriter open(OutputStream out, String title) {
        return this == XLSX ? new XlsxWriter(out, title) : new CsvWriter(out);
    }
}

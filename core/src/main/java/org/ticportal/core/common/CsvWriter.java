package org.ticportal.core.common;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes comma-separated values (RFC 4180) row by row: UTF-8 with a byte order mark, so that Excel opens Chinese text
 * correctly; lines end with CRLF; a cell holding a comma, a quote or a line break is quoted, its quotes doubled. A
 * text that starts like a formula ({@code = + - @}) is prefixed with an apostrophe, so a spreadsheet shows it instead
 * of computing it (CSV injection).
 */
public final class CsvWriter implements TableWriter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Writer out;
    private boolean closed;

    /** Starts the file on the stream (closed with the writer) with the byte order mark. */
    public CsvWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        write("\uFEFF");
    }

    @Override
    public void header(List<String> titles) {
        row(titles);
    }

    @Override
    public void row(List<?> cells) {
        StringBuilder line = new StringBuilder(cells.size() * 24);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        write(line.append("\r\n").toString());
    }

    static String cell(@Nullable Object value) {
        String text = switch (value) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            case Number n -> n.toString();
            case LocalDate d -> d.toString();
            case LocalDateTime t -> t.format(DATE_TIME);
            default -> {
                String s = value.toString();
                yield formulaLike(s) ? "'" + s : s;
            }
        };
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static boolean formulaLike(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        return "=+@\t\r".indexOf(first) >= 0 || first == '-' && !s.matches("-\\d[\\d.,]*");
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

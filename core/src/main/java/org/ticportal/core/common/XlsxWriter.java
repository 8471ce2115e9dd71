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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * Writes one worksheet of an Excel workbook (.xlsx, Office Open XML SpreadsheetML) row by row with the JDK alone, in
 * constant memory whatever the number of rows: the package's fixed parts first, then the sheet streamed into the zip
 * as rows arrive. Texts are inline strings (no shared-strings table to hold), numbers are numbers, dates and times
 * real dates ({@code yyyy-mm-dd}, {@code yyyy-mm-dd hh:mm}); the first row is the header, bold and frozen. The
 * counterpart of {@link XlsxRows}, which reads such workbooks.
 */
public final class XlsxWriter implements TableWriter {

    /** The most rows a worksheet holds, the header included. */
    public static final int MAX_ROWS = 1_048_576;
    /** The longest text a cell holds. */
    static final int MAX_CELL_CHARS = 32_767;
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    /** Style indexes of styles.xml's cellXfs. */
    private static final int BOLD = 1;
    private static final int DATE = 2;
    private static final int DATE_TIME = 3;

    private final ZipOutputStream zip;
    private final Writer sheet;
    private int rows;
    private boolean closed;

    /**
     * Starts a workbook of one sheet on the stream (closed with the writer).
     *
     * @param sheetName the sheet's tab; characters Excel forbids are replaced, and it is cut to 31 characters
     */
    public XlsxWriter(OutputStream out, String sheetName) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // the fastest compression: the sheet's XML is as repetitive at level 1, which takes a fraction of the default
        // level's time (benchmark P6), for a file about a quarter larger
        zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
        this.sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
        try {
            part("[Content_Types].xml", HEAD
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            part("_rels/.rels", HEAD + "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part("xl/workbook.xml", HEAD + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\"><sheets>"
                    + "<sheet name=\"" + escape(sheetName(sheetName)) + "\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            part("xl/_rels/workbook.xml.rels", HEAD + "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + RELS + "/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            part("xl/styles.xml", HEAD + "<styleSheet xmlns=\"" + MAIN + "\">"
                    + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
                    + "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm\"/></numFmts>"
                    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                    + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                    + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                    + "</styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header: bold, frozen above the rows, its texts also setting the columns' widths. Call it first, once. */
    @Override
    public void header(List<String> titles) {
        if (rows > 0) {
            throw new IllegalStateException("the header comes first");
        }
        StringBuilder xml = new StringBuilder(HEAD).append("<worksheet xmlns=\"").append(MAIN).append("\">")
                .append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\""
                        + " activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
        if (!titles.isEmpty()) {
            xml.append("<cols>");
            for (int i = 0; i < titles.size(); i++) {
                // a Chinese character is about two widths of a digit
                int width = Math.clamp(titles.get(i).codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum() + 4L, 12, 60);
                xml.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                        .append(width).append("\" customWidth=\"1\"/>");
            }
            xml.append("</cols>");
        }
        xml.append("<sheetData>");
        write(xml.toString());
        writeRow(titles, BOLD);
    }

    /**
     * One row: a {@link CharSequence} is text, a {@link Number} a number, a {@link LocalDate} or {@link LocalDateTime}
     * a date, {@code null} an empty cell, anything else its {@code toString()}.
     */
    @Override
    public void row(List<?> cells) {
        if (rows == 0) {
            throw new IllegalStateException("the header comes first");
        }
        writeRow(cells, 0);
    }

    /** The rows written, the header included. */
    public int rows() {
        return rows;
    }

    private void writeRow(List<?> cells, int style) {
        if (rows >= MAX_ROWS) {
            throw new IllegalStateException("a worksheet holds at most " + MAX_ROWS + " rows");
        }
        rows++;
        StringBuilder xml = new StringBuilder(64 + cells.size() * 48);
        xml.append("<row r=\"").append(rows).append("\">");
        for (int i = 0; i < cells.size(); i++) {
            cell(xml, column(i) + rows, cells.get(i), style);
        }
        xml.append("</row>");
        write(xml.toString());
    }

    private static void cell(StringBuilder xml, String ref, @Nullable Object value, int style) {
        switch (value) {
            case null -> {
                // an empty cell is left out
            }
            case BigDecimal d -> number(xml, ref, d.toPlainString());
            case Double d when !Double.isFinite(d) -> text(xml, ref, d.toString(), style);
            case Float f when !Float.isFinite(f) -> text(xml, ref, f.toString(), style);
            case Number n -> number(xml, ref, n.toString());
            case LocalDate d -> date(xml, ref, ChronoUnit.DAYS.between(EPOCH, d), DATE);
            case LocalDateTime t -> date(xml, ref, ChronoUnit.DAYS.between(EPOCH, t.toLocalDate())
                    + t.toLocalTime().toNanoOfDay() / 86_400e9, DATE_TIME);
            default -> text(xml, ref, value.toString(), style);
        }
    }

    private static void text(StringBuilder xml, String ref, String value, int style) {
        if (value.isEmpty()) {
            return;
        }
        String text = value.length() > MAX_CELL_CHARS ? value.substring(0, MAX_CELL_CHARS) : value;
        xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"");
        if (style != 0) {
            xml.append(" s=\"").append(style).append('"');
        }
        boolean keepSpace = !text.strip().equals(text);
        xml.append("><is><t").append(keepSpace ? " xml:space=\"preserve\">" : ">").append(escape(text))
                .append("</t></is></c>");
    }

    private static void number(StringBuilder xml, String ref, String value) {
        xml.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
    }

    private static void date(StringBuilder xml, String ref, double serial, int style) {
        xml.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\"><v>")
                .append(serial == Math.rint(serial) ? Long.toString((long) serial) : Double.toString(serial))
                .append("</v></c>");
    }

    /** A column's letters: 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        StringBuilder name = new StringBuilder(3);
        for (int c = index + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    /** Text as XML character data: markup escaped, characters XML cannot hold (control characters) left out. */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF ? "" : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (clean.isEmpty()) {
            return "Sheet1";
        }
        return clean.codePointCount(0, clean.length()) <= 31 ? clean
                : clean.substring(0, clean.offsetByCodePoints(0, 31));
    }

    private void part(String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private void write(String xml) {
        try {
            sheet.write(xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the sheet and the workbook and closes the stream; an empty sheet still gets its (empty) header. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (rows == 0) {
                header(List.of());
            }
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
            zip.finish();
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.ticportal.core.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * Writes small report tables (the bureau's 汇总表) as an Excel workbook (.xlsx) with the JDK alone, one worksheet per
 * table: title rows above it merged across its width (the first large and bold: the issuing body; then the table's
 * title, the statistics date), the header bold, every cell of the table bordered; texts are inline strings, numbers
 * numbers. The tables are held in memory: for statistics, not for grid exports ({@link XlsxWriter} streams those).
 */
public final class XlsxTables {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** Style indexes of styles.xml's cellXfs. */
    private static final int TITLE = 1;
    private static final int SUBTITLE = 2;
    private static final int HEADER = 3;
    private static final int CELL = 4;

    /**
     * One worksheet.
     *
     * @param name   the sheet's tab (cut to 31 characters; characters Excel forbids replaced)
     * @param titles the rows above the table, merged across it: the first in large bold type
     * @param header the column titles
     * @param rows   the rows, each as long as the header: text, numbers or {@code null} (an empty cell)
     */
    public record Sheet(String name, List<String> titles, List<String> header, List<List<?>> rows) {

        public Sheet {
            Objects.requireNonNull(name, "name");
            titles = List.copyOf(titles);
            header = List.copyOf(header);
            if (header.isEmpty()) {
                throw new IllegalArgumentException("a table has columns");
            }
            List<List<?>> copy = new ArrayList<>();
            for (List<?> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("a row has " + row.size() + " cells, the header "
                            + header.size());
                }
                copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
            }
            rows = List.copyOf(copy);
        }
    }

    private XlsxTables() {
    }

    /** Writes the workbook to the stream (which it closes). */
    public static void write(List<Sheet> sheets, OutputStream out) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a workbook has a sheet");
        }
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            StringBuilder types = new StringBuilder(HEAD)
                    .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                    .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                    .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                    .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                    .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            StringBuilder book = new StringBuilder(HEAD).append("<workbook xmlns=\"").append(MAIN)
                    .append("\" xmlns:r=\"").append(RELS).append("\"><sheets>");
            StringBuilder bookRels = new StringBuilder(HEAD).append("<Relationships xmlns=\"").append(PACKAGE_RELS)
                    .append("\">");
            Set<String> names = new HashSet<>();
            for (int i = 1; i <= sheets.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=")
                        .append("\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                String name = uniqueName(sheets.get(i - 1).name(), i, names);
                book.append("<sheet name=\"").append(XlsxWriter.escape(name)).append("\" sheetId=\"").append(i)
                        .append("\" r:id=\"rId").append(i).append("\"/>");
                bookRels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELS)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            }
            types.append("</Types>");
            book.append("</sheets></workbook>");
            bookRels.append("<Relationship Id=\"rId").append(sheets.size() + 1).append("\" Type=\"").append(RELS)
                    .append("/styles\" Target=\"styles.xml\"/></Relationships>");
            part(zip, "[Content_Types].xml", types.toString());
            part(zip, "_rels/.rels", HEAD + "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/workbook.xml", book.toString());
            part(zip, "xl/_rels/workbook.xml.rels", bookRels.toString());
            part(zip, "xl/styles.xml", STYLES);
            for (int i = 1; i <= sheets.size(); i++) {
                part(zip, "xl/worksheets/sheet" + i + ".xml", sheet(sheets.get(i - 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheet(Sheet sheet) {
        int width = sheet.header().size();
        String last = XlsxWriter.column(width - 1);
        StringBuilder xml = new StringBuilder(HEAD).append("<worksheet xmlns=\"").append(MAIN).append("\"><cols>");
        for (int c = 0; c < width; c++) {
            int chars = chars(sheet.header().get(c));
            for (List<?> row : sheet.rows()) {
                chars = Math.max(chars, row.get(c) == null ? 0 : chars(row.get(c).toString()));
            }
            xml.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(Math.clamp(chars + 4L, 10, 60)).append("\" customWidth=\"1\"/>");
        }
        xml.append("</cols><sheetData>");
        int r = 0;
        for (String title : sheet.titles()) {
            r++;
            xml.append("<row r=\"").append(r).append("\"").append(r == 1 ? " ht=\"24\" customHeight=\"1\"" : "")
                    .append(">");
            text(xml, "A" + r, title, r == 1 ? TITLE : SUBTITLE);
            xml.append("</row>");
        }
        r++;
        xml.append("<row r=\"").append(r).append("\">");
        for (int c = 0; c < width; c++) {
            text(xml, XlsxWriter.column(c) + r, sheet.header().get(c), HEADER);
        }
        xml.append("</row>");
        for (List<?> row : sheet.rows()) {
            r++;
            xml.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < width; c++) {
                cell(xml, XlsxWriter.column(c) + r, row.get(c));
            }
            xml.append("</row>");
        }
        xml.append("</sheetData>");
        if (!sheet.titles().isEmpty() && width > 1) {
            xml.append("<mergeCells count=\"").append(sheet.titles().size()).append("\">");
            for (int t = 1; t <= sheet.titles().size(); t++) {
                xml.append("<mergeCell ref=\"A").append(t).append(':').append(last).append(t).append("\"/>");
            }
            xml.append("</mergeCells>");
        }
        return xml.append("</worksheet>").toString();
    }

    private static void cell(StringBuilder xml, String ref, @Nullable Object value) {
        if (value instanceof Number n) {
            xml.append("<c r=\"").append(ref).append("\" s=\"").append(CELL).append("\"><v>")
                    .append(n instanceof java.math.BigDecimal d ? d.toPlainString() : n.toString()).append("</v></c>");
        } else {
            text(xml, ref, value == null ? "" : value.toString(), CELL);
        }
    }

    private static void text(StringBuilder xml, String ref, String value, int style) {
        xml.append("<c r=\"").append(ref).append("\" s=\"").append(style).append('"');
        if (value.isEmpty()) {
            xml.append("/>");
            return;
        }
        xml.append(" t=\"inlineStr\"><is><t>").append(XlsxWriter.escape(value)).append("</t></is></c>");
    }

    /** A text's width in digits: a Chinese character is about two. */
    private static int chars(String text) {
        return text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
    }

    private static String uniqueName(String name, int index, Set<String> taken) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (clean.isEmpty()) {
            clean = "Sheet" + index;
        }
        if (clean.codePointCount(0, clean.length()) > 28) {
            clean = clean.substring(0, clean.offsetByCodePoints(0, 28));
        }
        String unique = clean;
        for (int n = 2; !taken.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
            unique = clean + " " + n;
        }
        return unique;
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static final String STYLES = HEAD + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<fonts count=\"4\"><font><sz val=\"11\"/><name val=\"SimSun\"/></font>"
            + "<font><b/><sz val=\"16\"/><name val=\"SimSun\"/></font>"
            + "<font><sz val=\"11\"/><name val=\"SimSun\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"SimSun\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/>"
            + "<diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\""
            + " applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\""
            + " applyAlignment=\"1\"><alignment horizontal=\"center\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\""
            + " applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\"/>"
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";
}

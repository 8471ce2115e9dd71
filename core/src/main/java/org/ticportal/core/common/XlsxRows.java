package org.ticportal.core.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The cells of the first worksheet of an Excel workbook (.xlsx, Office Open XML), read with the JDK alone: shared
 * strings, inline strings and numbers, as text. Formulas give their cached value; formats are ignored. Bounded: the
 * file, each part once unpacked, and the number of rows. Shared by the Excel imports (experts, engineering centers);
 * a workbook it cannot read is refused with {@code expert.import.notXlsx}.
 */
public final class XlsxRows {

    /** The largest part read once unpacked (a zip bomb stops here). */
    private static final long MAX_PART_BYTES = 20L * 1024 * 1024;

    private XlsxRows() {
    }

    /** Rows by their 1-based number, each a map of 0-based column to text; refused when not a readable workbook. */
    public static TreeMap<Integer, Map<Integer, String>> read(byte[] xlsx, int maxRows) {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.equals("xl/sharedStrings.xml") || name.equals("xl/worksheets/sheet1.xml")) {
                    parts.put(name, bounded(zip));
                }
            }
        } catch (IOException e) {
            throw new BusinessException("expert.import.notXlsx");
        }
        byte[] sheet = parts.get("xl/worksheets/sheet1.xml");
        if (sheet == null) {
            throw new BusinessException("expert.import.notXlsx");
        }
        try {
            List<String> shared = parts.containsKey("xl/sharedStrings.xml")
                    ? sharedStrings(parts.get("xl/sharedStrings.xml")) : List.of();
            return rows(sheet, shared, maxRows);
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof BusinessException b) {
                throw b;
            }
            throw new BusinessException("expert.import.notXlsx");
        }
    }

    private static byte[] bounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_PART_BYTES) {
                throw new BusinessException("expert.import.tooLarge");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader r = reader(xml);
        StringBuilder current = null;
        boolean inText = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "si" -> current = new StringBuilder();
                    case "t" -> inText = true;
                    case "rPh" -> inText = false;
                    default -> { }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && inText && current != null) {
                current.append(r.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("t")) {
                    inText = false;
                } else if (r.getLocalName().equals("si") && current != null) {
                    strings.add(current.toString());
                    current = null;
                }
            }
        }
        return strings;
    }

    private static TreeMap<Integer, Map<Integer, String>> rows(byte[] xml, List<String> shared, int maxRows)
            throws XMLStreamException {
        TreeMap<Integer, Map<Integer, String>> rows = new TreeMap<>();
        XMLStreamReader r = reader(xml);
        int rowNumber = 0;
        int column = -1;
        String type = null;
        StringBuilder value = null;
        boolean inValue = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "row" -> {
                        String at = r.getAttributeValue(null, "r");
                        rowNumber = at == null ? rowNumber + 1 : Integer.parseInt(at);
                        if (rows.size() >= maxRows) {
                            throw new BusinessException("expert.import.tooManyRows", maxRows);
                        }
                    }
                    case "c" -> {
                        String ref = r.getAttributeValue(null, "r");
                        column = ref == null ? column + 1 : column(ref);
                        type = r.getAttributeValue(null, "t");
                        value = new StringBuilder();
                    }
                    case "v", "t" -> inValue = true;
                    default -> { }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && inValue && value != null) {
                value.append(r.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (r.getLocalName()) {
                    case "v", "t" -> inValue = false;
                    case "c" -> {
                        String text = value == null ? "" : value.toString();
                        if ("s".equals(type) && !text.isBlank()) {
                            int index = Integer.parseInt(text.trim());
                            text = index < shared.size() ? shared.get(index) : "";
                        } else if (text.endsWith(".0") && type == null) {
                            text = text.substring(0, text.length() - 2);
                        }
                        if (!text.isBlank()) {
                            rows.computeIfAbsent(rowNumber, k -> new TreeMap<>()).put(column, text.strip());
                        }
                        value = null;
                    }
                    case "row" -> column = -1;
                    default -> { }
                }
            }
        }
        return rows;
    }

    /** The 0-based column of a cell reference such as {@code AB12}. */
    public static int column(String ref) {
        int col = 0;
        for (char c : ref.toCharArray()) {
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }
}

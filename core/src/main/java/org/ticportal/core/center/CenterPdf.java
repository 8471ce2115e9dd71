package org.ticportal.core.center;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A policy's text template (text with {@code ${placeholder}} fields) filled and set as an A4 PDF with the CJK font
 * embedded as a subset. The decision reads as an official paper: its first lines (up to the first blank line) are the
 * title, centered, and a short line standing alone after it (the document number) too; lines that are only a date or the issuing body at the end are set right. The certificate is set
 * centered throughout, larger; a line in 【brackets】 starts a new page (a certificate and its plaque).
 */
final class CenterPdf {

    /** Layout marks of the templates, not texts: a heading in 【brackets】 (U+3010) and a label ending in a colon. */
    private static final String HEADING = "\u3010";
    private static final String LABEL_END = "\uff1a";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");

    private CenterPdf() {
    }

    /** The template with each {@code ${key}} replaced by its value; unknown keys are left as they are. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template.replace("\r\n", "\n"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The decision (认定决定): a title, the body, the issuer and date at the foot on the right. */
    static byte[] decision(String text, String fontPath) {
        return write(text, fontPath, false);
    }

    /** The certificate (证书): every line centered; a 【heading】 line after the first starts a new page. */
    static byte[] certificate(String text, String fontPath) {
        return write(text, fontPath, true);
    }

    private static byte[] write(String text, String fontPath, boolean certificate) {
        try {
            BaseFont base = BaseFont.createFont(fontPath, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, certificate ? 26 : 20, Font.BOLD);
            Font body = new Font(base, certificate ? 16 : 12);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
            PdfWriter.getInstance(doc, out);
            doc.open();
            String[] lines = text.strip().split("\n", -1);
            boolean inTitle = !certificate;
            boolean afterTitle = false;
            boolean first = true;
            int tail = tailStart(lines);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (certificate && line.startsWith(HEADING) && !first) {
                    doc.newPage();
                }
                if (line.isEmpty()) {
                    afterTitle = afterTitle || inTitle;
                    inTitle = false;
                    doc.add(new Paragraph(" ", body));
                    continue;
                }
                boolean heading = inTitle || certificate && (line.startsWith(HEADING) || i == firstNameLine(lines, i));
                Paragraph p = new Paragraph(lines[i].stripTrailing(), heading ? title : body);
                p.setLeading((heading ? title : body).getSize() * 1.6f);
                boolean number = afterTitle && line.length() <= 30 && !line.endsWith(LABEL_END)
                        && (i + 1 >= lines.length || lines[i + 1].isBlank());
                afterTitle = false;
                if (certificate || inTitle || number) {
                    p.setAlignment(Element.ALIGN_CENTER);
                } else if (i >= tail) {
                    p.setAlignment(Element.ALIGN_RIGHT);
                } else {
                    p.setAlignment(Element.ALIGN_JUSTIFIED);
                    p.setFirstLineIndent(line.endsWith(LABEL_END) ? 0 : body.getSize() * 2);
                }
                p.setSpacingAfter(certificate ? 12 : 4);
                doc.add(p);
                first = false;
            }
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the document could not be written", e);
        }
    }

    /** The line after a 【heading】 (the center's name), set large on a certificate. */
    private static int firstNameLine(String[] lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines[j].isBlank()) {
                return lines[j].strip().startsWith(HEADING) ? i : -1;
            }
        }
        return -1;
    }

    /** Where the signature block starts: the last paragraph after the last blank line, when it is short. */
    private static int tailStart(String[] lines) {
        int last = lines.length;
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].isBlank()) {
                return lines.length - i - 1 <= 3 ? i + 1 : last;
            }
        }
        return last;
    }
}

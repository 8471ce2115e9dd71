package org.ticportal.core.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import org.ticportal.core.common.CoreMessages;

/**
 * A notice's text filled from the policy's NOTICE template ({@code ${placeholder}} fields: centerNames, noticeStart,
 * noticeEnd, closingTime, contactPhone, contactAddress, publishDate; an unknown one is left empty), and written as a
 * PDF (the CJK font embedded as a subset, so that its text reads back as Chinese) and as a minimal WordprocessingML
 * document (DOCX) the bureau can edit. The template's first line is the title.
 */
final class NoticeDocuments {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(
            CoreMessages.text("pdf.dayPattern").zh(), Locale.CHINA);

    private NoticeDocuments() {
    }

    /** A day as the notice writes it: 2026年5月6日. */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** The lines of the centers: "1. 忻州市××技术创新中心（牵头单位：××有限公司）". */
    static String centerLines(List<NoticeEntry> entries) {
        List<String> lines = new ArrayList<>();
        for (NoticeEntry e : entries) {
            lines.add(CoreMessages.text("notice.doc.center", e.getPosition(), e.getCenterName(), e.getLeadUnit()).zh());
        }
        return String.join("\n", lines);
    }

    /** The template with its fields filled. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString().replace("\r\n", "\n").strip();
    }

    /** The text as an A4 PDF: the first line a centred title, then one paragraph per line. */
    static byte[] pdf(String text, String fontPath) {
        try {
            BaseFont base = BaseFont.createFont(fontPath, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 18, Font.BOLD);
            Font body = new Font(base, 12);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
            PdfWriter.getInstance(doc, out);
            doc.open();
            String[] lines = text.split("\n");
            Paragraph head = new Paragraph(lines[0], title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(18);
            doc.add(head);
            for (int i = 1; i < lines.length; i++) {
                Paragraph p = new Paragraph(lines[i].isBlank() ? " " : lines[i], body);
                p.setLeading(22);
                doc.add(p);
            }
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the notice could not be written", e);
        }
    }

    /** The text as a minimal DOCX: one paragraph per line, the first bold and centred. */
    static byte[] docx(String text) {
        StringBuilder body = new StringBuilder();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String run = "<w:r>" + (i == 0 ? "<w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr>" : "")
                    + "<w:t xml:space=\"preserve\">" + escape(lines[i]) + "</w:t></w:r>";
            body.append("<w:p>").append(i == 0 ? "<w:pPr><w:jc w:val=\"center\"/></w:pPr>" : "").append(run)
                    .append("</w:p>");
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", types);
            entry(zip, "_rels/.rels", rels);
            entry(zip, "word/document.xml", document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

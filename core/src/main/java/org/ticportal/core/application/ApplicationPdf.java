package org.ticportal.core.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormField;
import org.ticportal.core.form.FormOption;
import org.ticportal.core.form.FormSection;
import org.ticportal.policy.api.LocalizedText;

/**
 * Writes an application as a PDF for stamping (申请书): the form's sections with their fields, tables as tables, the
 * attachment list, and on every page the unit, the date and the page number. Chinese text is set in a CJK font found
 * on the machine (or configured), embedded as a subset so that any reader shows it. The text is the form's Chinese
 * one: the stamped copy is an official document.
 */
final class ApplicationPdf {

    /** Where a CJK font is looked for when none is configured. */
    static final List<String> FONT_CANDIDATES = org.ticportal.core.common.CjkFont.CANDIDATES;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(zh("pdf.dayPattern"), Locale.CHINA);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern(zh("pdf.minutePattern"), Locale.CHINA);

    /**
     * What the PDF shows.
     *
     * @param title       the document's title (the form's)
     * @param referenceNo the application's number
     * @param unit        the applicant unit's name
     * @param date        the day of the export
     * @param form        the form the application is filled in on
     * @param values      its values
     * @param attachments its files
     * @param labels      the label of a catalog code, by catalog
     * @param zone        the zone upload times are shown in
     */
    record Content(String title, String referenceNo, String unit, LocalDate date, FormDefinition form,
                   Map<String, Object> values, List<Attachment> attachments,
                   Function<String, Map<String, LocalizedText>> labels, java.time.ZoneId zone) {
    }

    private ApplicationPdf() {
    }

    /** The font to embed: the configured one, else the first candidate that exists; refused when there is none. */
    static String font(@Nullable String configured) {
        return org.ticportal.core.common.CjkFont.find(configured);
    }

    static byte[] write(Content c, String fontPath) {
        try {
            BaseFont base = BaseFont.createFont(fontPath, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 18, Font.BOLD);
            Font heading = new Font(base, 13, Font.BOLD);
            Font body = new Font(base, 10.5f);
            Font small = new Font(base, 8.5f);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 56, 56, 56, 64);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            String footer = zh("pdf.unit", c.unit()) + "    " + zh("pdf.date", DAY.format(c.date()));
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter w, Document d) {
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_LEFT,
                            new Phrase(footer, small), d.left(), d.bottom() - 24, 0);
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_RIGHT,
                            new Phrase(zh("pdf.page", w.getPageNumber()), small), d.right(), d.bottom() - 24, 0);
                }
            });
            doc.open();
            Paragraph head = new Paragraph(c.title(), title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(6);
            doc.add(head);
            Paragraph ref = new Paragraph(c.referenceNo(), small);
            ref.setAlignment(Element.ALIGN_CENTER);
            ref.setSpacingAfter(8);
            doc.add(ref);
            doc.add(new Paragraph(zh("pdf.unit", c.unit()), body));
            doc.add(new Paragraph(zh("pdf.date", DAY.format(c.date())), body));
            for (FormSection section : c.form().sections()) {
                List<FormField> shown = section.fields().stream()
                        .filter(f -> f.type() != FieldType.ATTACHMENT && f.visibleFor(c.values())).toList();
                if (shown.isEmpty()) {
                    continue;
                }
                Paragraph h = new Paragraph(section.title().zh(), heading);
                h.setSpacingBefore(12);
                h.setSpacingAfter(4);
                doc.add(h);
                PdfPTable grid = new PdfPTable(new float[] {3, 7});
                grid.setWidthPercentage(100);
                for (FormField f : shown) {
                    if (f.type() == FieldType.TABLE) {
                        if (grid.size() > 0) {
                            doc.add(grid);
                            grid = new PdfPTable(new float[] {3, 7});
                            grid.setWidthPercentage(100);
                        }
                        Paragraph label = new Paragraph(f.label().zh(), body);
                        label.setSpacingBefore(6);
                        label.setSpacingAfter(4);
                        doc.add(label);
                        doc.add(table(f, c.values().get(f.key()), c, body));
                        continue;
                    }
                    grid.addCell(cell(f.label().zh(), body));
                    grid.addCell(cell(text(f, c.values().get(f.key()), c), body));
                }
                if (grid.size() > 0) {
                    doc.add(grid);
                }
            }
            Paragraph h = new Paragraph(zh("pdf.attachments"), heading);
            h.setSpacingBefore(12);
            h.setSpacingAfter(4);
            doc.add(h);
            PdfPTable files = new PdfPTable(new float[] {4, 5, 3});
            files.setWidthPercentage(100);
            files.setHeaderRows(1);
            files.addCell(cell(zh("pdf.attachment.field"), body));
            files.addCell(cell(zh("pdf.attachment.file"), body));
            files.addCell(cell(zh("pdf.attachment.uploaded"), body));
            for (Attachment a : c.attachments()) {
                String field = c.form().field(a.getFieldKey()).map(f -> f.label().zh()).orElse(a.getFieldKey());
                files.addCell(cell(field, body));
                files.addCell(cell(a.getOriginalName(), body));
                files.addCell(cell(MINUTE.format(a.getUploadedAt().atZone(c.zone())), body));
            }
            doc.add(files);
            Paragraph stamp = new Paragraph(zh("pdf.stamp") + "\n\n" + DAY.format(c.date()), body);
            stamp.setAlignment(Element.ALIGN_RIGHT);
            stamp.setSpacingBefore(36);
            doc.add(stamp);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be written", e);
        }
    }

    private static PdfPTable table(FormField f, @Nullable Object value, Content c, Font body) {
        List<FormField> columns = f.columns() == null ? List.of() : f.columns();
        PdfPTable t = new PdfPTable(Math.max(1, columns.size()));
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (FormField col : columns) {
            t.addCell(cell(col.label().zh(), body));
        }
        if (value instanceof Collection<?> rows) {
            for (Object row : rows) {
                Map<?, ?> r = row instanceof Map<?, ?> m ? m : Map.of();
                for (FormField col : columns) {
                    t.addCell(cell(text(col, r.get(col.key()), c), body));
                }
            }
        }
        if (columns.isEmpty()) {
            t.addCell(cell("", body));
        }
        return t;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }

    /** A value as the form shows it, in Chinese. */
    static String text(FormField f, @Nullable Object value, Content c) {
        if (value == null) {
            return "";
        }
        return switch (f.type()) {
            case DATE -> {
                try {
                    yield DAY.format(LocalDate.parse(value.toString()));
                } catch (DateTimeParseException e) {
                    yield value.toString();
                }
            }
            case YES_NO, DECLARATION -> Boolean.TRUE.equals(value) || "true".equals(value) ? zh("pdf.yes")
                    : zh("pdf.no");
            case CHOICE -> label(f, value.toString(), c);
            case MULTI_CHOICE -> value instanceof Collection<?> codes
                    ? String.join(zh("pdf.listSeparator"), codes.stream().map(code -> label(f, String.valueOf(code), c)).toList())
                    : label(f, value.toString(), c);
            case PERSON, UNIT -> value instanceof Map<?, ?> parts
                    ? String.join(zh("pdf.partSeparator"), parts.entrySet().stream().filter(e -> e.getValue() != null)
                            .map(e -> part(f, String.valueOf(e.getKey()), e.getValue(), c)).toList())
                    : value.toString();
            case NUMBER -> value.toString() + (f.unit() == null ? "" : " " + f.unit());
            default -> value.toString();
        };
    }

    private static String part(FormField f, String key, Object value, Content c) {
        if (f.type() == FieldType.PERSON && FormField.PERSON_TITLE.equals(key)) {
            LocalizedText l = c.labels().apply(f.titleCatalog()).get(value.toString());
            return l == null ? value.toString() : l.zh();
        }
        return value.toString();
    }

    private static String label(FormField f, String code, Content c) {
        if (f.options() != null) {
            for (FormOption o : f.options()) {
                if (o.code().equals(code)) {
                    return o.label().zh();
                }
            }
        }
        if (f.catalog() != null) {
            LocalizedText l = c.labels().apply(f.catalog()).get(code);
            if (l != null) {
                return l.zh();
            }
        }
        return code;
    }

    private static String zh(String key, Object... args) {
        return CoreMessages.text(key, args).zh();
    }
}

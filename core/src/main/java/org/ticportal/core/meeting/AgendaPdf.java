package org.ticportal.core.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

import org.ticportal.core.common.CoreMessages;

/**
 * A meeting's agenda as a PDF to print and hand out (议程): the meeting's title and date, then one row per application
 * with its number, the center's proposed name, the lead unit, the body it came through and its reference number; page
 * numbers at the foot. In Chinese, an official paper; the CJK font is embedded as a subset.
 */
final class AgendaPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(zh("pdf.dayPattern"), Locale.CHINA);

    private AgendaPdf() {
    }

    static byte[] write(MeetingSummary meeting, List<AgendaEntry> agenda, Map<String, String> bodyNames,
                        String fontPath, LocalDate printedOn) {
        try {
            BaseFont base = BaseFont.createFont(fontPath, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 18, Font.BOLD);
            Font body = new Font(base, 10.5f);
            Font small = new Font(base, 8.5f);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4.rotate(), 48, 48, 48, 56);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            String footer = zh("meeting.pdf.printed", DAY.format(printedOn));
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
            Paragraph head = new Paragraph(zh("meeting.pdf.title", meeting.title()), title);
            head.setAlignment(Element.ALIGN_CENTER);
            doc.add(head);
            Paragraph date = new Paragraph(zh("meeting.pdf.date", DAY.format(meeting.meetingDate()))
                    + "    " + zh("meeting.pdf.count", agenda.size()), body);
            date.setAlignment(Element.ALIGN_CENTER);
            date.setSpacingAfter(12);
            doc.add(date);
            PdfPTable table = new PdfPTable(new float[] {1, 6, 5, 3, 3});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : List.of("meeting.pdf.number", "meeting.pdf.center", "meeting.pdf.unit",
                    "meeting.pdf.body", "meeting.pdf.reference")) {
                table.addCell(cell(zh(h), body));
            }
            for (AgendaEntry e : agenda) {
                table.addCell(cell(Integer.toString(e.number()), body));
                table.addCell(cell(e.application().fullName() == null ? "" : e.application().fullName(), body));
                table.addCell(cell(e.application().unitName(), body));
                table.addCell(cell(bodyNames.getOrDefault(e.application().recommendingBodyCode(),
                        e.application().recommendingBodyCode()), body));
                table.addCell(cell(e.application().referenceNo(), body));
            }
            doc.add(table);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the agenda could not be written", e);
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(5);
        return cell;
    }

    private static String zh(String key, Object... args) {
        return CoreMessages.text(key, args).zh();
    }
}

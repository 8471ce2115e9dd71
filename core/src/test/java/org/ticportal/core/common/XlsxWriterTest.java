package org.ticportal.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The streaming Excel writer, read back with Apache POI (and with the portal's own reader): the header bold and in
 * order, Chinese text, numbers as numbers, dates as dates, markup and control characters safe, many columns; and the
 * CSV writer's byte order mark and quoting.
 */
class XlsxWriterTest {

    private static final String ZH_CENTER = "\u5ffb\u5dde\u5e02\u65b0\u6750\u6599\u6280\u672f\u521b\u65b0\u4e2d\u5fc3";

    @Test
    void aWorkbookReadsBackWithItsHeaderRowsAndTypes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter writer = new XlsxWriter(out, "Centers: [1/2]")) {
            writer.header(List.of("\u540d\u79f0", "Year", "Score", "Recognised", "Updated", "Note"));
            writer.row(Arrays.asList(ZH_CENTER, 2019, new BigDecimal("87.50"), LocalDate.of(2024, 3, 15),
                    LocalDateTime.of(2024, 3, 15, 9, 30), "a < b & \"c\"\u0001"));
            writer.row(Arrays.asList("  spaced  ", null, 1.5, null, null, ""));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Centers_ _1_2_");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row header = sheet.getRow(0);
            assertThat(texts(header)).containsExactly("\u540d\u79f0", "Year", "Score", "Recognised", "Updated",
                    "Note");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(ZH_CENTER);
            assertThat(book.getFontAt(first.getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(2019);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(87.5);
            assertThat(first.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 3, 15, 0, 0));
            assertThat(new DataFormatter().formatCellValue(first.getCell(3))).isEqualTo("2024-03-15");
            assertThat(first.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 3, 15, 9, 30));
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("a < b & \"c\"");

            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("  spaced  ");
            assertThat(second.getCell(1)).isNull();
            assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(1.5);
            assertThat(second.getCell(5)).isNull();
        }
        Map<Integer, Map<Integer, String>> read = XlsxRows.read(out.toByteArray(), 10);
        assertThat(read.get(2).get(0)).isEqualTo(ZH_CENTER);
    }

    @Test
    void manyColumnsAreNamedAsExcelNamesThem() throws IOException {
        assertThat(XlsxWriter.column(0)).isEqualTo("A");
        assertThat(XlsxWriter.column(25)).isEqualTo("Z");
        assertThat(XlsxWriter.column(26)).isEqualTo("AA");
        assertThat(XlsxWriter.column(701)).isEqualTo("ZZ");
        assertThat(XlsxWriter.column(702)).isEqualTo("AAA");
        List<String> header = new ArrayList<>();
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            header.add("c" + i);
            row.add(i);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter writer = new XlsxWriter(out, "wide")) {
            writer.header(header);
            writer.row(row);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Cell last = book.getSheetAt(0).getRow(1).getCell(29);
            assertThat(last.getAddress().formatAsString()).isEqualTo("AD2");
            assertThat(last.getNumericCellValue()).isEqualTo(29);
        }
    }

    @Test
    void anEmptyExportIsAWorkbookWithItsHeaderOnlyAndRowsNeedTheHeaderFirst() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter writer = new XlsxWriter(out, "")) {
            assertThatThrownBy(() -> writer.row(List.of("x"))).isInstanceOf(IllegalStateException.class);
            writer.header(List.of("\u540d\u79f0"));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Sheet1");
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void csvStartsWithAByteOrderMarkAndQuotesWhatNeedsIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter writer = new CsvWriter(out)) {
            writer.header(List.of("\u540d\u79f0", "Note"));
            writer.row(Arrays.asList(ZH_CENTER, "a, \"b\"\nc"));
            writer.row(Arrays.asList(null, "=SUM(A1)"));
            writer.row(Arrays.asList(-12.5, "-"));
        }
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "\u540d\u79f0,Note\r\n" + ZH_CENTER + ",\"a, \"\"b\"\"\nc\"\r\n,'=SUM(A1)\r\n-12.5,'-\r\n");
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }
}

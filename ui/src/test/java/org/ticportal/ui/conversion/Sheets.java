package org.ticportal.ui.conversion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.ticportal.policy.api.CreditCode;

/** Small Excel workbooks (.xlsx, the first sheet with inline strings) of engineering centers, for tests. */
public final class Sheets {

    /** The header of the registry's usual spreadsheet, in an order other than the registry's. */
    public static final List<String> HEADER = List.of("序号", "依托单位名称", "工程技术研究中心名称", "统一社会信用代码",
            "所属县（市、区）", "认定年份", "认定文号");

    private Sheets() {
    }

    /** The demo applicant unit's credit code (忻州示范新材料有限公司). */
    public static String demoUnitCode() {
        return "91140902MA0DEMX01" + CreditCode.checkCharacter("91140902MA0DEMX01");
    }

    /** A valid credit code of its own for a seed. */
    public static String code(String seed) {
        String first17 = "91140900" + String.format("%09d", Math.abs(seed.hashCode()) % 1_000_000_000);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** The code with another check character. */
    public static String wrongCheck(String code) {
        return code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
    }

    public static byte[] xlsx(List<List<String>> rows) {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns="
                + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String ref = (char) ('A' + c) + Integer.toString(r + 1);
                sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>")
                        .append(cells.get(c).replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c>");
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheet.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package org.ticportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormField;
import org.ticportal.core.form.FormOption;
import org.ticportal.core.form.FormSection;
import org.ticportal.policy.api.LocalizedText;

/**
 * The application as a PDF for stamping, read back as a reader does ({@code pdftotext}, poppler-utils): the Chinese
 * text of its sections, a table's rows, the attachment list, the unit and the date in Chinese, and page numbers; the
 * font is embedded (a subset), so that the text is there on any machine.
 */
class ApplicationPdfTest {

    private static LocalizedText t(String zh) {
        return new LocalizedText(zh, zh);
    }

    @Test
    void theApplicationPdfCarriesItsChineseTextTablesAttachmentsUnitDateAndPageNumbers(@TempDir Path dir)
            throws IOException, InterruptedException {
        assumeThat(Path.of("/usr/bin/pdftotext")).as("poppler-utils installed").exists();
        FormField team = FormField.of("team", FieldType.TABLE, t("研发团队"), true)
                .withColumns(List.of(FormField.of("name", FieldType.TEXT, t("姓名"), true),
                        FormField.of("title", FieldType.TEXT, t("职称"), true)));
        FormField type = FormField.of("centerType", FieldType.CHOICE, t("中心类型"), true)
                .withOptions(List.of(new FormOption("FIELD", t("领域类"))));
        FormField plan = FormField.of("attachments.plan", FieldType.ATTACHMENT, t("建设方案"), true);
        FormDefinition form = new FormDefinition("APPLICATION", t("忻州市技术创新中心申请书"), null, List.of(
                new FormSection("basic", t("基本信息"), null, List.of(
                        FormField.of("coreName", FieldType.TEXT, t("中心名称"), true), type,
                        FormField.of("founded", FieldType.DATE, t("成立日期"), false),
                        FormField.of("area", FieldType.NUMBER, t("使用面积"), true).withUnit("平方米"))),
                new FormSection("people", t("人员情况"), null, List.of(team)),
                new FormSection("files", t("附件"), null, List.of(plan))), List.of());
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(Map.of("name", "研究员" + i, "title", "正高级"));
        }
        Attachment file = new Attachment(1L, "APPLICATION", "attachments.plan", "CONSTRUCTION_PLAN", "建设方案.pdf",
                "x.pdf", "application/pdf", 10, "00", "applicant", Instant.parse("2026-12-01T02:00:00Z"));
        byte[] pdf = ApplicationPdf.write(new ApplicationPdf.Content("忻州市技术创新中心申请书", "XINZHOU-2026-00007",
                "忻州新材料有限公司", LocalDate.of(2026, 12, 5), form, Map.of("coreName", "先进陶瓷",
                "centerType", "FIELD", "founded", "2020-03-15", "area", 1200, "team", rows), List.of(file),
                catalog -> Map.of(), ZoneId.of("Asia/Shanghai")), ApplicationPdf.font(null));

        Path out = dir.resolve("application.pdf");
        Files.write(out, pdf);
        Process p = new ProcessBuilder("pdftotext", "-layout", out.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(text).contains("忻州市技术创新中心申请书", "XINZHOU-2026-00007", "基本信息", "先进陶瓷", "领域类",
                "2020年3月15日", "1200 平方米", "研发团队", "研究员60", "正高级", "附件清单", "建设方案.pdf",
                "2026年12月1日 10:00", "申报单位：忻州新材料有限公司", "导出日期：2026年12月5日", "第1页", "第2页",
                "申报单位（盖章）");

        Process fonts = new ProcessBuilder("pdffonts", out.toString()).redirectErrorStream(true).start();
        String listed = new String(fonts.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        fonts.waitFor();
        assertThat(listed).as("the CJK font is embedded as a subset").containsPattern("\\+\\S*CJK\\S*.*yes\\s+yes");
    }
}

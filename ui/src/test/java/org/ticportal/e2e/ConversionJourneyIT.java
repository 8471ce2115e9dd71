package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.notice.NoticeSamples;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.notice.NoticeSummary;
import org.ticportal.core.user.Role;
import org.ticportal.policy.api.rule.FieldKeys;
import org.ticportal.ui.Acting;
import org.ticportal.ui.ExpertSamples;
import org.ticportal.ui.PortalDay;
import org.ticportal.ui.XinzhouSamples;
import org.ticportal.ui.conversion.Sheets;

/**
 * A conversion from an imported engineering center (art. 16 of the Xinzhou measures), as the bureau and the unit
 * click it: the bureau imports a spreadsheet with good and bad rows and sees the validation report (each bad row and
 * why; nothing imported), uploads the corrected sheet and imports it; the demo unit finds its engineering center under
 * 申请转建 and files the conversion; the bureau skips the optional expert argumentation with a reason; once recognised,
 * the registry shows the engineering center converted and links it to the new center, whose page says 由…转建 and
 * lists the reward.
 *
 * <p>What is not clicked: the application form's content and evidence and the steps between the skip and the notice
 * are taken by service calls (the recognition journeys click them); the notice's five working days are moved into the
 * past in the database and the nightly closer is called as its schedule would.
 */
class ConversionJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeService notices;
    @Autowired
    NoticeCloser closer;
    @Autowired
    CenterService centers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void aSheetWithBadRowsIsReportedThenFixedImportedAndAnEngineeringCenterConvertsToRecognition() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String ours = "忻州市先进材料工程技术研究中心" + suffix;
        String other = "忻州市智能装备工程技术研究中心" + suffix;
        Path bad = sheet("名录-有错", List.of(Sheets.HEADER,
                List.of("1", "忻州示范新材料有限公司", ours, Sheets.demoUnitCode(), "忻府区", "2016", "忻科字〔2016〕21号"),
                List.of("2", "忻州智能装备有限公司", other, Sheets.wrongCheck(Sheets.code("o" + suffix)), "原平市",
                        "2018", "忻科字〔2018〕7号"),
                List.of("3", "某某公司", "", Sheets.code("m" + suffix), "太原市", "2019", ""),
                List.of("4", "忻州示范新材料有限公司", ours, Sheets.demoUnitCode(), "忻府区", "2016", "")));
        Path fixed = sheet("名录-已改", List.of(Sheets.HEADER,
                List.of("1", "忻州示范新材料有限公司", ours, Sheets.demoUnitCode(), "忻府区", "2016", "忻科字〔2016〕21号"),
                List.of("2", "忻州智能装备有限公司", other, Sheets.code("o" + suffix), "原平市", "2018",
                        "忻科字〔2018〕7号")));

        // the bureau: 工程中心名录 → 从 Excel 导入 → the sheet with bad rows
        login("bureau", demoPassword());
        assertThat(menu()).contains("工程中心名录");
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='工程中心名录']"));
        wait.until(ExpectedConditions.urlContains("/engineering-centers"));
        click(By.id("engineering-import"));
        upload(bad);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("engineering-import-mapping")));
        assertThat(textOf(By.id("engineering-import-status"))).contains("4 行");
        assertThat(selected("engineering-map-NAME")).contains("C 列").contains("工程技术研究中心名称");
        assertThat(selected("engineering-map-UNIT_NAME")).contains("B 列");
        assertThat(selected("engineering-map-FIELD")).isEqualTo("不导入");
        screenshot("conversion-import-mapping");
        click(By.id("engineering-import-start"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("engineering-import-status"), "未导入"));
        assertThat(textOf(By.id("engineering-import-status"))).contains("3 行有问题");
        List<String> report = reportCells();
        assertThat(String.join("|", report)).contains("统一社会信用代码不正确").contains("缺少工程技术研究中心名称")
                .contains("太原市").contains("名称在文件中重复");
        js("document.getElementById('engineering-import-report').scrollIntoView({block: 'end'})");
        screenshot("conversion-import-report");
        // nothing was imported
        driver.get(url("engineering-centers"));
        filter(suffix);
        wait.until(d -> gridSize("engineering-centers-grid") == 0);

        // fixed: upload the corrected sheet and import it
        click(By.id("engineering-import"));
        upload(fixed);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("engineering-import-status"), "2 行"));
        click(By.id("engineering-import-start"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("engineering-import-dialog")));
        filter(suffix);
        wait.until(d -> gridSize("engineering-centers-grid") == 2);
        assertThat(gridCells()).contains(ours, other, "忻府区", "原平市", "已登记");
        screenshot("conversion-registry-imported");
        logout();

        // the unit: 申请转建 → its engineering center → the conversion application
        login("applicant", demoPassword());
        assertThat(menu()).contains("申请转建");
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='申请转建']"));
        wait.until(d -> gridCells().contains(ours));
        screenshot("conversion-filing");
        WebElement convert = wait.until(d -> (WebElement) js("const grid = document.getElementById('conversion-grid');"
                + "const cells = [...grid.querySelectorAll('vaadin-grid-cell-content')];"
                + "const i = cells.findIndex(c => c.textContent.trim() === arguments[0]);"
                + "if (i < 0) return null;"
                + "return cells.slice(i).map(c => c.querySelector('vaadin-button')).find(b => b) || null;", ours));
        js("arguments[0].scrollIntoView({block: 'center'})", convert);
        convert.click();
        waitForServer();
        wait.until(ExpectedConditions.urlMatches(".*/applications/\\d+$"));
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/applications/(\\d+)$", "$1"));
        assertThat(textOf(By.id("application-conversion"))).contains("市工程技术研究中心").contains(ours);
        screenshot("conversion-application");
        logout();

        // to the expert argumentation by service calls (form, evidence, county, bureau re-check)
        ExpertSamples.atExpertArgumentation(security, applications, attachments, checklist, () -> id);

        // the bureau skips the optional expert argumentation, giving its reason
        login("bureau", demoPassword());
        menu();
        driver.get(url("applications/" + id));
        openTab("办理");
        click(By.id("action-skip-stage"));
        textArea("skip-stage-reason", "原市工程技术研究中心连续三年运行良好，按转建简化程序免于专家论证");
        screenshot("conversion-skip-dialog");
        click(By.id("skip-stage-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-stage"), "完善建设方案"));
        openTab("办理历史");
        wait.until(d -> gridCells().stream().anyMatch(c -> c.contains("跳过可选环节")));
        assertThat(String.join("|", gridCells())).contains("按转建简化程序免于专家论证");
        screenshot("conversion-skip-history");
        logout();

        // the rest of the procedure by service calls: the revised plan, the Party group, the notice and its end
        Acting.as(security, "applicant", Role.APPLICANT, () -> {
            XinzhouSamples.attachEvery(applications, attachments, id, "PLAN_REVISION");
            return applications.perform(id, applications.get(id).row().version(), "RESUBMIT_PLAN", "已完善",
                    Map.of("planRevision.changes", "补充了转建后的建设目标"));
        });
        Acting.as(security, "bureau", Role.BUREAU, () -> applications.perform(id,
                applications.get(id).row().version(), "PASSED", "党组会议通过",
                Map.of(FieldKeys.MEETING_DATE, PortalDay.today(), FieldKeys.MEETING_MINUTES_NUMBER, "党纪〔2026〕30号")));
        NoticeSummary notice = Acting.as(security, "bureau", Role.BUREAU,
                () -> NoticeSamples.publish(notices, "140900", id));
        jdbc.update("update public_notice set period_start = ?, period_end = ?, provisional = false where id = ?",
                PortalDay.today().minusDays(14), PortalDay.today().minusDays(7), notice.id());
        jdbc.update("update recognition_application set notice_start = ?, notice_end = ?, "
                + "notice_end_provisional = false where id = ?", PortalDay.today().minusDays(14),
                PortalDay.today().minusDays(7), id);
        closer.closeEndedNotices();
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(id))
                .orElseThrow();

        // the registry shows it converted, linked to the new center, whose page says where it came from
        login("bureau", demoPassword());
        menu();
        driver.get(url("engineering-centers"));
        filter(suffix);
        wait.until(d -> gridCells().contains("已转建"));
        screenshot("conversion-registry-converted");
        click(By.xpath("//vaadin-grid[@id='engineering-centers-grid']//a[normalize-space(.)='查看中心']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("center-name"), center.name()));
        assertThat(textOf(By.id("center-converted-from"))).contains(ours).contains("忻州示范新材料有限公司");
        wait.until(d -> gridCells().stream().anyMatch(c -> c.contains("参照市工程技术研究中心")));
        assertThat(gridCells()).contains("第十六条", "转建");
        screenshot("conversion-center-page");
    }

    private Path sheet(String name, List<List<String>> rows) throws Exception {
        Path file = Files.createTempDirectory("conversion-journey").resolve(name + ".xlsx");
        Files.write(file, Sheets.xlsx(rows));
        return file;
    }

    private void upload(Path file) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("engineering-import-upload")));
        WebElement input = (WebElement) js("return arguments[0].querySelector('input[type=file]') "
                + "|| arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        input.sendKeys(file.toAbsolutePath().toString());
        waitForServer();
    }

    /** The text a vaadin-select shows for its value. */
    private String selected(String id) {
        return String.valueOf(js("const s = document.getElementById(arguments[0]);"
                + "const v = s.querySelector('vaadin-select-value-button');"
                + "return (v ? v.textContent : s.shadowRoot.textContent).trim();", id));
    }

    private List<String> reportCells() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("engineering-import-report")));
        wait.until(d -> gridSize("engineering-import-report") > 0);
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) js("return [...document.getElementById('engineering-import-report')"
                + ".querySelectorAll('vaadin-grid-cell-content')].map(c => c.textContent.trim());");
        return texts;
    }

    private void filter(String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#filter-engineering-text input")));
        input.clear();
        input.sendKeys(text);
        waitForServer();
    }

    private long gridSize(String id) {
        Object n = js("const g = document.getElementById(arguments[0]); return g ? g.size : -1;", id);
        return n instanceof Number num ? num.longValue() : -1;
    }
}

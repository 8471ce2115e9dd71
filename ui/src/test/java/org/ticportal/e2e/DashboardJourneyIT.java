package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
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
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.expert.PanelDrawService;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.CenterSamples;
import org.ticportal.ui.ExpertSamples;
import org.ticportal.ui.XinzhouSamples;

/**
 * 统计看板 in a browser: the bureau opens it from the menu, the charts are drawn by ECharts on canvases, a click on the
 * bar of a division (at its pixels, the way a user clicks) lands on 技术创新中心 filtered to that division, holding the
 * recognised center; the 汇总表 tab's Excel export, read back with Apache POI, carries the bureau's title rows, the
 * table's title and the statistics date in Chinese above the table and its totals; the card of the centers falling
 * due for evaluation lands on 技术创新中心 showing exactly as many rows as it counts. A county reviewer sees what waits
 * for its recommendation and no chart of divisions, an applicant unit its own picture without 汇总表. An expert sees
 * their own assignments by state (the 待回避声明 card lands on 我的评审任务 filtered to them), an auditor the audit
 * trail of the last 30 days by action (the card lands on 审计记录 filtered to the period).
 */
class DashboardJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeService publicNotices;
    @Autowired
    NoticeCloser notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CenterService centers;
    @Autowired
    PolicyService policies;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    PortalTime time;
    @Autowired
    PanelDrawService draws;

    @Test
    void theBureauClicksADivisionsBarAndExportsTheSummaryTables() throws Exception {
        long applicationId = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices,
                notices, jdbc);
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(applicationId))
                .orElseThrow();
        String division = Acting.as(security, "bureau", Role.BUREAU,
                () -> policies.recommendingBodyNames(Locale.SIMPLIFIED_CHINESE)).get(center.recommendingBodyCode());
        // recognised long ago and never evaluated: due for evaluation, the 即将到期 card counts it
        jdbc.update("update center set recognized_on = ?, last_evaluated_on = null where id = ?",
                time.today().minusYears(10), center.id());

        login("bureau", demoPassword());
        driver.manage().window().setSize(new Dimension(1366, 768));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='统计看板']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-centers-division canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-centers-type canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-applications-stage canvas")));
        waitForServer();
        screenshot("dashboard");
        js("arguments[0].scrollIntoView()", driver.findElement(By.id("chart-centers-type")));
        screenshot("dashboard-centers");
        js("arguments[0].scrollIntoView()", driver.findElement(By.id("chart-centers-division")));

        // the division's bar, clicked in its middle: ECharts tells where it is drawn
        WebElement chart = driver.findElement(By.id("chart-centers-division"));
        @SuppressWarnings("unchecked")
        Map<String, Object> bar = (Map<String, Object>) js("""
                const chart = window.echarts.getInstanceByDom(arguments[0]);
                const option = chart.getOption();
                const index = option.yAxis[0].data.indexOf(arguments[1]);
                const value = option.series[0].data[index];
                const [x, y] = chart.convertToPixel({seriesIndex: 0}, [value / 2, index]);
                return {index: index, x: x, y: y};
                """, chart, division);
        assertThat(((Number) bar.get("index")).intValue()).as(division).isNotNegative();
        org.openqa.selenium.Rectangle box = chart.getRect();
        new Actions(driver).moveToElement(chart, (int) Math.round(((Number) bar.get("x")).doubleValue()
                        - box.getWidth() / 2.0), (int) Math.round(((Number) bar.get("y")).doubleValue()
                        - box.getHeight() / 2.0))
                .click().perform();

        wait.until(ExpectedConditions.urlContains("centers?division=" + center.recommendingBodyCode()));
        wait.until(d -> gridCells().contains(center.name()));
        assertThat(textOf(By.id("centers-division-filter"))).contains(division);
        screenshot("dashboard-clicked-division");

        // 汇总表 and its Excel export
        driver.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-centers-division canvas")));
        openTab("汇总表");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("table-centers-division-type")));
        waitForServer();
        screenshot("dashboard-tables");
        String href = driver.findElement(By.id("dashboard-export")).getAttribute("href");
        byte[] xlsx = fetch(href);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("忻州市科学技术局");
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("技术创新中心汇总表（按县区、类型）");
            assertThat(text.formatCellValue(sheet.getRow(2).getCell(0))).startsWith("统计范围：忻州市")
                    .containsPattern("统计日期：\\d{4}年\\d{1,2}月\\d{1,2}日");
            assertThat(sheet.getMergedRegions()).hasSize(3);
            assertThat(text.formatCellValue(sheet.getRow(3).getCell(0))).isEqualTo("县（市、区）");
            List<String> firstColumn = new java.util.ArrayList<>();
            for (Row row : sheet) {
                firstColumn.add(text.formatCellValue(row.getCell(0)));
            }
            assertThat(firstColumn).contains(division).endsWith("合计");
            Row totals = sheet.getRow(sheet.getLastRowNum());
            assertThat(totals.getCell(totals.getLastCellNum() - 1).getNumericCellValue()).isGreaterThanOrEqualTo(1);
            assertThat(book.getSheetAt(3).getRow(1).getCell(0).getStringCellValue()).isEqualTo("绩效评估汇总表（按等次）");
        }

        // the card of the centers falling due: 技术创新中心 filtered to exactly the centers it counts
        openTab("统计看板");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard-due")));
        String due = textOf(By.cssSelector("#dashboard-due .figure-value"));
        click(By.id("dashboard-due"));
        wait.until(ExpectedConditions.urlContains("centers?evaluationDue=90"));
        wait.until(d -> gridCells().contains(center.name()));
        assertThat(String.valueOf(js("return document.getElementById('centers-grid').size"))).isEqualTo(due);
        assertThat(textOf(By.id("address-filter-note"))).contains("90天内到期评估");
        screenshot("dashboard-due-centers");
        logout();
    }

    @Test
    void theCountyAndTheApplicantEachSeeTheirOwnDashboard() {
        XinzhouSamples.submittedToCounty(security, applications, attachments, "看板浏览器");

        login("county", demoPassword());
        driver.manage().window().setSize(new Dimension(1366, 900));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='统计看板']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-waiting-stage canvas")));
        waitForServer();
        assertThat(textOf(By.id("dashboard-waiting"))).contains("待推荐审核");
        assertThat(driver.findElements(By.id("chart-centers-division"))).isEmpty();
        screenshot("dashboard-county");
        logout();

        login("applicant", demoPassword());
        driver.manage().window().setSize(new Dimension(1366, 900));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='统计看板']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-applications-stage canvas")));
        waitForServer();
        assertThat(textOf(By.id("dashboard-applications"))).contains("本单位申报");
        assertThat(driver.findElements(By.id("dashboard-reports"))).hasSize(1);
        assertThat(driver.findElements(By.id("dashboard-tabs"))).isEmpty();
        screenshot("dashboard-applicant");
        logout();
    }

    @Test
    void theExpertAndTheAuditorEachSeeTheirOwnDashboard() {
        long id = ExpertSamples.atExpertArgumentation(security, applications, attachments, checklist);
        Acting.as(security, "bureau", Role.BUREAU, () -> draws.draw(id, 5L));
        String reference = Acting.as(security, "bureau", Role.BUREAU, () -> applications.get(id)).row()
                .referenceNo();

        login("expert", demoPassword());
        driver.manage().window().setSize(new Dimension(1366, 900));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='统计看板']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-seats-state canvas")));
        waitForServer();
        assertThat(textOf(By.id("dashboard-seats-drawn"))).contains("待回避声明");
        assertThat(driver.findElements(By.id("dashboard-tabs"))).isEmpty();
        screenshot("dashboard-expert");
        click(By.id("dashboard-seats-drawn"));
        wait.until(ExpectedConditions.urlContains("expert?state=DRAWN"));
        wait.until(d -> gridCells().contains(reference));
        assertThat(textOf(By.id("address-filter-note"))).contains("待声明");
        screenshot("dashboard-expert-drawn");
        logout();

        login("auditor", demoPassword());
        driver.manage().window().setSize(new Dimension(1366, 900));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='统计看板']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-audit-action canvas")));
        waitForServer();
        assertThat(textOf(By.id("dashboard-audit-total"))).contains("审计记录");
        screenshot("dashboard-auditor");
        click(By.id("dashboard-audit-total"));
        wait.until(ExpectedConditions.urlContains("admin/audit?from="));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-grid")));
        waitForServer();
        screenshot("dashboard-auditor-trail");
        logout();
    }
}

package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.ui.XinzhouSamples;

/**
 * 导出 in a browser: the county reviewer opens 申报管理, clicks 导出 above the grid, starts the Excel export and
 * downloads the file from the link the dialog offers; the workbook, read back with Apache POI, has the grid's Chinese
 * headers and the county's application.
 */
class ExportJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void theCountyExportsItsApplicationsToExcelAndDownloadsTheFile() throws Exception {
        String reference = XinzhouSamples.submittedToCounty(security, applications, attachments, "旅程导出");
        login("county", demoPassword());
        driver.get(url("applications"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("applications-grid-export")));
        wait.until(d -> gridCells().contains(reference));
        screenshot("export-grid-button");

        click(By.id("applications-grid-export"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("export-start")));
        screenshot("export-dialog");
        click(By.id("export-start"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("export-download")));
        assertThat(textOf(By.id("export-status"))).startsWith("导出完成");
        screenshot("export-done");

        String href = driver.findElement(By.id("export-download")).getAttribute("href");
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                + " let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })"
                + ".catch(e => done('ERROR ' + e));", href);
        assertThat(base64).asString().doesNotStartWith("ERROR");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode((String) base64)))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).startsWith("申请编号", "中心名称", "申报单位");
            List<String> references = new ArrayList<>();
            for (Row row : sheet) {
                references.add(new DataFormatter().formatCellValue(row.getCell(0)));
            }
            assertThat(references).contains(reference);
        }
        click(By.id("export-close"));
        logout();
    }
}

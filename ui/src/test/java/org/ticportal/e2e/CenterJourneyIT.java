package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.CenterSamples;

/**
 * A recognised center, as the public and its unit meet it: a Xinzhou application passed by the Party group ends its
 * notice and is recognised by the portal; without login, the registry linked from the login page lists the center
 * and finds it by its name; the lead unit's user logs in, goes from home to the unit's centers, opens the center and
 * downloads its certificate, a PDF, then starts the year's annual report and has a negative figure refused at its field.
 */
class CenterJourneyIT extends BrowserJourney {

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
    SecurityContextHolderStrategy security;

    @Test
    void thePublicFindsTheCenterAndTheUnitDownloadsItsCertificate() {
        long id = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices,
                notices, jdbc);
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(id)).orElseThrow();

        // the public: from the login page to the registry, without logging in
        driver.get(url("login"));
        click(By.id("login-registry"));
        wait.until(ExpectedConditions.urlContains("/public/centers"));
        wait.until(d -> gridCells().contains(center.name()));
        assertThat(gridCells()).contains(center.decisionNumber(), center.leadUnitName());
        screenshot("registry-all");
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#registry-search input")));
        search.sendKeys(center.name().substring(3, center.name().length() - 6));
        search.sendKeys(Keys.ENTER);
        waitForServer();
        wait.until(d -> visibleRows() == 1);
        assertThat(gridCells()).contains(center.name());
        screenshot("registry-search");
        search.sendKeys("不存在");
        search.sendKeys(Keys.ENTER);
        waitForServer();
        wait.until(d -> visibleRows() == 0);

        // the lead unit: home → its centers → the center → the certificate
        login("applicant", demoPassword());
        menu();
        click(By.id("home-my-centers"));
        wait.until(d -> gridCells().contains(center.name()));
        screenshot("unit-centers");
        driver.get(url("centers/" + center.id()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("center-number"),
                center.decisionNumber()));
        screenshot("unit-center-page");
        // the profile in force (arts. 10-13): governance, charter and public services as the form gave them
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("center-profile-publicServices"),
                "检验检测、人员培训"));
        assertThat(driver.findElement(By.id("center-profile-governance")).getText()).contains("理事会决策");
        js("document.getElementById('center-profile-in-force-title').scrollIntoView({block: 'start'})");
        screenshot("unit-center-profile-in-force");
        String href = wait.until(ExpectedConditions.elementToBeClickable(By.id("center-certificate")))
                .getAttribute("href");
        byte[] pdf = fetch(href);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(2000);

        // the year's annual report: started from the center's page, the year fixed, a negative R&D spend refused at
        // the field when the draft is saved
        driver.get(url("centers/" + center.id()));
        click(By.id("center-report-start"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-title"), center.name()));
        assertThat(driver.findElement(By.id("report-state")).getText()).isEqualTo("填报中");
        click(By.id("section-input"));
        WebElement rdSpend = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#field-annual-rdSpend input")));
        rdSpend.sendKeys("-1");
        rdSpend.sendKeys(Keys.TAB);
        click(By.id("report-save"));
        waitForServer();
        wait.until(d -> d.findElement(By.id("field-annual-rdSpend")).getAttribute("invalid") != null);
        screenshot("annual-report-refused");
        driver.get(url("annual-reports"));
        wait.until(d -> gridCells().contains(center.name()));
        assertThat(gridCells()).contains("填报中");
        screenshot("annual-reports");

        // the application's timeline, as it prints
        driver.get(url("applications/" + id + "/timeline"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-table"), "公示期满无异议"));
        screenshot("timeline");
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("media", "print"));
        screenshot("timeline-print");
        assertThat(driver.findElement(By.id("timeline-print")).isDisplayed()).isFalse();
    }

    /** The rows the registry's grid shows (its body rows with a name cell). */
    private long visibleRows() {
        Object n = js("const g = document.getElementById('registry-grid'); return g ? g.size : -1;");
        return n instanceof Number num ? num.longValue() : -1;
    }
}

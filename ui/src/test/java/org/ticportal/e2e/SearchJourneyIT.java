package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UnitAccounts;
import org.ticportal.policy.api.CreditCode;
import org.ticportal.ui.Acting;
import org.ticportal.ui.CenterSamples;
import org.ticportal.ui.UniqueNames;
import org.ticportal.ui.XinzhouSamples;

/**
 * 全局搜索 in a browser at 1366×768: the bureau types a recognised center's name into the header's box, presses Enter,
 * sees the center among the results and clicks through to its page; the 忻府区 reviewer searching the name of an
 * application filed in 定襄县 finds nothing, and finds the one that came through 忻府区.
 */
class SearchJourneyIT extends BrowserJourney {

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
    CenterService centers;
    @Autowired
    UnitRepository units;
    @Autowired
    UnitAccounts unitAccounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void theBureauFindsACenterFromTheHeaderAndOpensItsPage() {
        long applicationId = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices,
                notices, jdbc);
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(applicationId))
                .orElseThrow();
        driver.manage().window().setSize(new Dimension(1366, 768));
        login("bureau", demoPassword());
        menu();
        search(center.name());
        By hit = By.id("search-hit-center-" + center.id());
        wait.until(ExpectedConditions.visibilityOfElementLocated(hit));
        assertThat(textOf(By.id("search-summary"))).startsWith("“" + center.name() + "”的搜索结果");
        assertThat(textOf(By.id("search-group-center"))).contains(center.decisionNumber())
                .contains(center.leadUnitName());
        screenshot("search-bureau-results");

        click(hit);
        wait.until(ExpectedConditions.textToBe(By.id("center-name"), center.name()));
        assertThat(driver.getCurrentUrl()).endsWith("/centers/" + center.id());
        screenshot("search-center-page");
        logout();
    }

    @Test
    void aCountyReviewerFindsNothingOfAnotherCountysApplication() {
        String ownReference = XinzhouSamples.submittedToCounty(security, applications, attachments, "检索旅程");
        String otherName = dingxiangApplication();
        driver.manage().window().setSize(new Dimension(1366, 768));
        login("county", demoPassword());
        menu();

        search(otherName);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-summary"), "没有找到"));
        assertThat(textOf(By.id("search-summary"))).contains(otherName);
        assertThat(driver.findElements(By.cssSelector("[id^='search-hit-']"))).isEmpty();
        screenshot("search-county-nothing");

        search(ownReference);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-group-application")));
        assertThat(textOf(By.id("search-group-application"))).contains(ownReference);
        screenshot("search-county-own");
        logout();
    }

    /** Types into the header's search box and presses Enter, as a user does. */
    private void search(String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#global-search input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search?q="));
        waitForServer();
    }

    /** An application of a unit registered in 定襄县 (140921), submitted to 定襄县; its center's full name. */
    private String dingxiangApplication() {
        String suffix = Long.toString(System.nanoTime() % 100_000_000L);
        String first17 = "91140921" + String.format("%08d", Long.parseLong(suffix)) + "1";
        String creditCode = first17 + CreditCode.checkCharacter(first17);
        String unitName = "定襄检索旅程有限公司" + suffix;
        long unitId = units.save(new Unit(unitName, creditCode, "140921", Instant.now())).getId();
        String admin = "dx.search" + suffix;
        SystemAuthentication.call(() -> unitAccounts.createUnitAdministrator(unitId, new UserDraft(admin, "定襄申报",
                null, null, Role.APPLICANT, null, unitId), "Dingxiang#Unit2026"));
        return Acting.as(security, admin, Role.APPLICANT, () -> {
            long id = applications.create("140900").row().id();
            XinzhouSamples.attachEvery(applications, attachments, id, "APPLICATION");
            Map<String, Object> values = new HashMap<>(XinzhouSamples.completeApplication());
            values.put("coreName", "定襄检索" + UniqueNames.suffix());
            values.put("leadUnit.name", unitName);
            values.put("leadUnit.creditCode", creditCode);
            values.put("leadUnit.registeredBody", "140921");
            values.put("leadUnit.address", "忻州市定襄县检索路1号");
            applications.saveDraft(id, applications.get(id).row().version(), values, Map.of());
            return applications.perform(id, applications.get(id).row().version(), "SUBMIT_TO_COUNTY", null,
                    Map.of()).row().fullName();
        });
    }
}

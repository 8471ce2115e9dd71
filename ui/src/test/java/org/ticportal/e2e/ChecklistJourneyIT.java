package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.ui.PortalDay;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistItem;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.XinzhouSamples;

/**
 * The bureau's re-check as its staff click it: a Xinzhou application recommended by 忻府区 (which verified the credit
 * record it owns) reaches the bureau; 复核通过 is refused while the bureau's checklist items are open; the bureau
 * marks them one by one on the 核查清单 tab and passes the re-check; the applicant downloads the application as a PDF
 * for stamping.
 */
class ChecklistJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void theBureauVerifiesItsChecklistPassesTheRecheckAndTheApplicantDownloadsThePdf() {
        long id = recommendedXinzhouApplication();

        login("bureau", demoPassword());
        menu();
        driver.get(url("applications/" + id));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-stage"), "复核"));
        openTab("办理");
        click(By.id("action-ACCEPT"));
        click(By.id("step-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-errors"), "尚未核实"));
        screenshot("checklist-refused");
        wait.until(d -> d.findElements(By.xpath("//vaadin-button[normalize-space(.)='取消']")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElse(null)).click();
        waitForServer();

        openTab("核查清单");
        List<String> bureauItems = Acting.as(security, "bureau", Role.BUREAU, () -> checklist.items(id)).stream()
                .filter(ChecklistItem::markable).map(ChecklistItem::ruleId).toList();
        assertThat(bureauItems).contains("8.4b", "8.3b-proof").doesNotContain("8.4c");
        screenshot("checklist-open");
        for (String rule : bureauItems) {
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#checklist-note-"
                    + rule.replace(".", "\\.") + " textarea"))).sendKeys("已核对原件");
            click(By.id("checklist-verify-" + rule));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklist-state-" + rule), "核实通过"));
        }
        // what is left is the expert panel's, verified during the argumentation
        long panelItems = Acting.as(security, "bureau", Role.BUREAU, () -> checklist.items(id)).stream()
                .filter(ChecklistItem::blocks).count();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklist-summary"),
                "尚有 " + panelItems + " 项"));
        screenshot("checklist-verified");

        openTab("办理");
        click(By.id("action-ACCEPT"));
        click(By.id("step-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-stage"), "专家论证"));
        openTab("资格自查");
        wait.until(d -> gridCells().stream().anyMatch(c -> c.startsWith("核实通过 · bureau")));
        screenshot("eligibility-verified-by");
        logout();

        login("applicant", demoPassword());
        menu();
        driver.get(url("applications/" + id));
        String href = wait.until(ExpectedConditions.elementToBeClickable(By.id("application-pdf")))
                .getAttribute("href");
        byte[] pdf = fetch(href);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        screenshot("applicant-pdf-link");
    }

    /** A complete Xinzhou application of the demo applicant, submitted, its 8.4c verified and recommended by 忻府区. */
    private long recommendedXinzhouApplication() {
        long id = Acting.as(security, "applicant", Role.APPLICANT, () -> {
            ApplicationDetail app = applications.create("140900");
            XinzhouSamples.attachEvery(applications, attachments, app.row().id(), "APPLICATION");
            ApplicationDetail draft = applications.saveDraft(app.row().id(),
                    applications.get(app.row().id()).row().version(), XinzhouSamples.completeApplication(), Map.of());
            return applications.perform(app.row().id(), draft.row().version(), "SUBMIT_TO_COUNTY", null, Map.of())
                    .row().id();
        });
        Acting.as(security, "county", Role.COUNTY, () -> {
            checklist.mark(id, "8.4c", true, "无失信记录", null);
            XinzhouSamples.attachEvery(applications, attachments, id, "RECOMMENDATION");
            return applications.perform(id, applications.get(id).row().version(), "RECOMMEND", "同意推荐",
                    Map.of("recommendation.letterNumber", "忻府科推〔2026〕7号", "recommendation.date", PortalDay.today(),
                            "recommendation.opinion", "材料真实，同意推荐"));
        });
        return id;
    }
}

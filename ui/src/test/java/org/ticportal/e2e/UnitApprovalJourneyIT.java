package org.ticportal.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.ui.ShanxiSamples;

/**
 * Shanxi's unit review (单位审核) as its users click it: a provincial application the demo unit submitted waits for the
 * unit's administrator (the demo applicant), who approves it under 办理; then the city bureau (`city`) finds it in its
 * review, named as its unit administrator left it.
 */
class UnitApprovalJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void theUnitAdministratorApprovesAndOnlyThenTheCityReviewsIt() {
        long id = ShanxiSamples.submitted(security, applications, attachments);

        login("applicant", demoPassword());
        menu();
        driver.get(url("applications/" + id));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-stage"), "单位审核"));
        openTab("办理");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-RETURN")));
        screenshot("unit-review-actions");
        click(By.id("action-APPROVE"));
        click(By.id("step-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-stage"), "推荐单位审核推荐"));
        openTab("办理历史");
        wait.until(d -> gridCells().stream().anyMatch(c -> c.contains("申报单位管理员")));
        screenshot("unit-review-approved-history");
        logout();

        login("city", demoPassword());
        menu();
        driver.get(url("applications/" + id));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-stage"), "推荐单位审核推荐"));
        openTab("办理");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-RECOMMEND")));
        screenshot("unit-review-city-sees-it");
    }
}

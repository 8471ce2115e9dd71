package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.ui.XinzhouSamples;

/**
 * 我的待办 as the county reviewer meets it: after login the county lands on its inbox, sees the application the demo
 * applicant submitted with its time limit, the bell counts the notification; one click opens the application, and the
 * bell leads to the notification.
 */
class InboxJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void theCountyLandsOnItsInboxAndOpensTheSubmittedApplicationWithOneClick() {
        String reference = XinzhouSamples.submittedToCounty(security, applications, attachments, "旅程新材料");

        login("county", demoPassword());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-applications")));
        assertThat(driver.getCurrentUrl()).isEqualTo(url(""));
        assertThat(textOf(By.className("view-title"))).isEqualTo("我的待办");
        By row = By.xpath("//vaadin-grid[@id='inbox-applications']//vaadin-grid-cell-content[normalize-space(.)='"
                + reference + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(gridCells()).contains("县（市、区）科技主管部门审核推荐");
        assertThat(gridCells()).anyMatch(c -> c.matches("\\d{4}年\\d{1,2}月\\d{1,2}日（剩余\\d+个工作日）"));
        assertThat(Integer.parseInt(textOf(By.id("notification-count")))).isPositive();
        screenshot("inbox-county");

        click(row);
        wait.until(ExpectedConditions.urlContains("/applications/"));
        assertThat(textOf(By.id("application-title"))).contains("旅程新材料");
        screenshot("inbox-county-opened");

        click(By.id("notification-bell"));
        wait.until(ExpectedConditions.urlContains("/notifications"));
        wait.until(d -> gridCells().stream().anyMatch(c -> c.contains(reference)));
        screenshot("notifications-county");
        logout();
    }
}

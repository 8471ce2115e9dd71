package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An address typed into the browser that is no screen, and a screen the user may not open, show the same localized
 * page in the portal's frame (not the browser's 403 or Vaadin's English "Could not navigate").
 */
class ErrorPagesJourneyIT extends BrowserJourney {

    @Test
    void anUnknownAddressAndAForbiddenScreenShowTheSameChinesePage() {
        login("bureau", demoPassword());
        menu();

        driver.get(url("no/such/page"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
        assertThat(textOf(By.id("error-title"))).isEqualTo("页面不存在或无权访问");
        assertThat(textOf(By.id("error-text"))).contains("/no/such/page");
        screenshot("not-found");

        driver.get(url("admin/users"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-text"), "/admin/users"));
        assertThat(textOf(By.id("error-title"))).isEqualTo("页面不存在或无权访问");
        assertThat(driver.findElements(By.id("users-grid"))).isEmpty();

        click(By.id("error-home"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-scope")));
    }
}

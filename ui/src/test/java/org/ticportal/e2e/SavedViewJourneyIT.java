package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 已保存视图 in a browser (issue 13: "a saved view restored after logging in again"): the bureau filters 技术创新中心 by
 * name, hides 所属产业集群 with the column chooser, saves that as its default view, logs out and in again and opens
 * 技术创新中心: the filter and the hidden column are back. At 1366×768, the size of an office laptop.
 */
class SavedViewJourneyIT extends BrowserJourney {

    private static final String CLUSTER = "所属产业集群";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeViews() {
        jdbc.update("delete from saved_grid_view where owner_id = (select id from app_user where username = 'bureau')");
    }

    @Test
    void theBureausDefaultViewIsRestoredAfterLoggingInAgain() {
        driver.manage().window().setSize(new Dimension(1366, 768));
        login("bureau", demoPassword());
        openCenters();
        assertThat(columnShown(CLUSTER)).isTrue();

        typeFilter("centers-name-filter", "忻州");
        click(By.cssSelector(".centers-view .column-chooser"));
        WebElement item = wait.until(d -> d.findElements(By.tagName("vaadin-context-menu-item")).stream()
                .filter(WebElement::isDisplayed).filter(e -> e.getText().strip().equals(CLUSTER)).findFirst()
                .orElse(null));
        item.click();
        waitForServer();
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> d.findElements(By.tagName("vaadin-context-menu-item")).stream()
                .noneMatch(WebElement::isDisplayed));
        wait.until(d -> !columnShown(CLUSTER));

        click(By.id("centers-grid-views"));
        type("views-name", "忻州的中心");
        click(By.id("views-save-default"));
        click(By.id("views-save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("views-status"), "已保存视图“忻州的中心”"));
        wait.until(d -> gridCells().contains("忻州的中心"));
        screenshot("saved-view-dialog");
        click(By.id("views-close"));
        logout();

        login("bureau", demoPassword());
        openCenters();
        wait.until(d -> "忻州".equals(d.findElement(By.cssSelector("#centers-name-filter input")).getDomProperty("value")));
        assertThat(columnShown(CLUSTER)).isFalse();
        assertThat(columnShown("中心名称")).isTrue();
        screenshot("saved-view-restored");
        logout();
    }

    private void openCenters() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        driver.get(url("centers"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("centers-grid-views")));
        waitForServer();
    }

    /** Whether a column of this title shows in the grid's header (a hidden column's cells are not rendered). */
    private boolean columnShown(String title) {
        return driver.findElements(By.cssSelector("#centers-grid vaadin-grid-cell-content")).stream()
                .anyMatch(e -> e.isDisplayed() && e.getText().strip().equals(title));
    }
}

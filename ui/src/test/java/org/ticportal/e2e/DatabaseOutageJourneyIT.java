package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.ticportal.core.Await;
import org.ticportal.core.db.EmbeddedDatabaseSupervisor;
import org.ticportal.core.db.EmbeddedMariaDb;

/**
 * The embedded database is killed while the administrator has the users grid open: a click shows "服务暂时不可用，请稍后再试"
 * and the screen stays; once the portal has restarted its database, the same click works without a reload. A page
 * opened while the database is away shows the 503 page, which comes back by itself.
 */
class DatabaseOutageJourneyIT extends BrowserJourney {

    private static final String UNAVAILABLE = "服务暂时不可用，请稍后再试";
    private static final By ADMIN_ROW =
            By.xpath("//vaadin-grid[@id='users-grid']//vaadin-grid-cell-content[normalize-space(.)='admin']");

    @Autowired
    EmbeddedMariaDb database;

    @Autowired
    EmbeddedDatabaseSupervisor supervisor;

    @Test
    void anOpenScreenSaysTheServiceIsUnavailableAndWorksAgainAfterTheRestart() throws Exception {
        login("admin", demoPassword());
        menu();
        driver.get(url("admin/users"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(ADMIN_ROW));

        int restarts = supervisor.restarts();
        // holding the server's monitor keeps the supervisor's restart (which takes it) waiting while we look
        synchronized (database) {
            kill();
            click(ADMIN_ROW);
            wait.until(d -> notificationText().contains(UNAVAILABLE));
            screenshot("database-away-notification");
            assertThat(driver.findElement(By.id("users-grid")).isDisplayed()).as("the screen stays").isTrue();
            assertThat(driver.findElements(By.id("user-username"))).isEmpty();
        }
        awaitRestart(restarts + 1);

        // the pool reconnects within seconds of the restart (Hikari retries its connections with a growing pause):
        // the user clicks again until the screen answers, without reloading it
        long backNanos = System.nanoTime();
        wait.until(d -> {
            click(ADMIN_ROW);
            return !d.findElements(By.id("user-username")).isEmpty();
        });
        System.out.printf("The open screen answered again %d ms after the restart%n",
                Duration.ofNanos(System.nanoTime() - backNanos).toMillis());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-username")));
        screenshot("database-back-editor");
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(ADMIN_ROW));

        synchronized (database) {
            kill();
            // the user reloads until the page answers without the database (the supervisor cannot restart it yet)
            wait.until(d -> {
                d.get(url("admin/users"));
                return !d.findElements(By.id("service-unavailable")).isEmpty();
            });
            assertThat(supervisor.restarts()).isEqualTo(restarts + 1);
            assertThat(textOf(By.tagName("h2"))).isEqualTo("服务暂时不可用");
            assertThat(textOf(By.tagName("p"))).contains(UNAVAILABLE);
            screenshot("database-away-page");
        }
        awaitRestart(restarts + 2);
        // the page reloads itself every few seconds and shows the screen once the database is back
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(ADMIN_ROW));
    }

    private void kill() throws Exception {
        ProcessHandle server = database.serverProcess().orElseThrow();
        server.destroyForcibly(); // kill -9
        server.onExit().get(30, TimeUnit.SECONDS);
    }

    private String notificationText() {
        return driver.findElements(By.tagName("vaadin-notification-card")).stream().map(WebElement::getText)
                .reduce("", String::concat);
    }

    private void awaitRestart(int count) throws InterruptedException {
        Await.until("the supervisor to restart the database", Duration.ofMinutes(2),
                () -> supervisor.restarts() >= count);
        assertThat(supervisor.restarts()).as("the supervisor restarted the database").isGreaterThanOrEqualTo(count);
    }
}

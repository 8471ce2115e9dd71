package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A call for applications as its users click it: the bureau opens a call, the applicant sees it among the open calls
 * and files an application in it, the bureau closes the call by moving its close time into the past, and the
 * applicant's submission is then refused with the call's name and close time.
 */
class CallJourneyIT extends BrowserJourney {

    private static final String TITLE = "2026年度忻州市技术创新中心认定申报（第二批）";

    @Test
    void anApplicationFiledInACallCannotBeSubmittedOnceTheBureauHasClosedIt() {
        LocalDateTime now = java.time.LocalDateTime.ofInstant(java.time.Instant.now(), java.time.ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);

        login("bureau", demoPassword());
        menu();
        driver.get(url("calls"));
        click(By.id("call-new"));
        type("call-title", TITLE);
        dateTime("call-opens", now.minusDays(1));
        dateTime("call-closes", now.plusDays(10));
        screenshot("call-new");
        click(By.id("call-save"));
        wait.until(d -> gridCells().contains(TITLE));
        screenshot("calls-bureau");
        logout();

        login("applicant", demoPassword());
        menu();
        driver.get(url("calls"));
        wait.until(d -> gridCells().contains(TITLE));
        screenshot("calls-applicant");
        // the home page lists the calls open now, each with its close time and a link to file in it
        driver.get(url(""));
        wait.until(d -> d.findElement(By.id("home-calls")).getText().contains(TITLE));
        screenshot("home-calls-applicant");
        driver.get(url("applications"));
        click(By.id("application-new"));
        click(By.xpath("//vaadin-radio-button[contains(normalize-space(.), '忻州市')]"));
        click(By.xpath("//vaadin-radio-button[contains(normalize-space(.), '" + TITLE + "')]"));
        screenshot("application-new-in-call");
        click(By.id("application-create"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application-form-version")));
        String application = driver.getCurrentUrl();
        logout();

        // the bureau closes the call: its close time moves an hour into the past
        login("bureau", demoPassword());
        menu();
        driver.get(url("calls"));
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + TITLE + "']"));
        LocalDateTime closed = now.minusHours(1);
        dateTime("call-closes", closed);
        click(By.id("call-save"));
        wait.until(d -> gridCells().contains("已截止"));
        screenshot("calls-closed");
        logout();

        login("applicant", demoPassword());
        menu();
        driver.get(application);
        openTab("办理");
        click(By.id("action-SUBMIT_TO_COUNTY"));
        click(By.id("step-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-errors"), "不再受理提交"));
        assertThat(textOf(By.id("step-errors"))).contains(TITLE)
                .contains(closed.getYear() + "年" + closed.getMonthValue() + "月" + closed.getDayOfMonth() + "日 "
                        + closed.format(DateTimeFormatter.ofPattern("HH:mm")));
        screenshot("submit-refused-after-close");
    }

    /** Types a date (yyyy-MM-dd, one of the picker's formats) and a time into a date-time picker. */
    private void dateTime(String id, LocalDateTime value) {
        WebElement date = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + id + " vaadin-date-picker input")));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), value.toLocalDate().toString(), Keys.ENTER);
        WebElement time = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + id + " vaadin-time-picker input")));
        time.sendKeys(Keys.chord(Keys.CONTROL, "a"), value.format(DateTimeFormatter.ofPattern("HH:mm")), Keys.ENTER);
        time.sendKeys(Keys.TAB);
        waitForServer();
    }
}

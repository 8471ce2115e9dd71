package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.ticportal.policy.api.CreditCode;

/**
 * A unit the portal has never met registers on the public page, waits, is confirmed by its county's reviewer, and its
 * administrator invites a colleague, who signs in with the one-time password.
 */
class UnitRegistrationJourneyIT extends BrowserJourney {

    @Test
    void aUnitRegistersIsConfirmedByItsCountyAndInvitesAColleague() throws Exception {
        String tag = Long.toString(System.currentTimeMillis() % 1_000_000);
        String unitName = "忻州注册旅程科技有限公司" + tag;
        String admin = "reg.admin" + tag;
        String password = "Journey#Unit2026";

        driver.get(url("login"));
        click(By.id("login-register"));
        wait.until(ExpectedConditions.urlContains("/register"));
        chooseContaining("register-jurisdiction", "忻州市");
        comboBox("register-division", "忻府区");
        type("register-name", unitName);
        type("register-creditCode", creditCode(tag));
        chooseContaining("register-category", "科研院所");
        type("register-contactName", "周联系");
        type("register-contactPhone", "0350-2020202");
        type("register-contactEmail", "zhou@example.cn");
        Path licence = Files.writeString(Files.createTempDirectory("licence").resolve("营业执照.pdf"),
                "%PDF-1.4\n% business licence\n");
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register-licence")));
        WebElement input = (WebElement) js("return arguments[0].querySelector('input[type=file]') "
                + "|| arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        input.sendKeys(licence.toAbsolutePath().toString());
        wait.until(d -> textOf(By.id("register-licence-name")).contains("营业执照"));
        type("register-username", admin);
        type("register-displayName", "周管理");
        type("register-password", password);
        type("register-passwordAgain", password);
        type("register-answer", answer());
        screenshot("register-filled");
        click(By.id("register-submit"));
        assertThat(textOf(By.id("register-done"))).contains(unitName).contains(admin);
        screenshot("register-done");

        // signed in while waiting: only 本单位, which says who confirms
        login(admin, password);
        wait.until(ExpectedConditions.urlContains("/my-unit"));
        assertThat(textOf(By.id("my-unit-state"))).contains("等待").contains("忻府区");
        driver.get(url("applications"));
        wait.until(ExpectedConditions.urlContains("/my-unit"));
        screenshot("register-waiting");
        logout();

        // the county of 忻府区 confirms
        login("county", demoPassword());
        menu();
        driver.get(url("units"));
        wait.until(d -> gridCells().contains(unitName));
        screenshot("units-grid-county");
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + unitName + "']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-confirm")));
        screenshot("unit-dialog-pending");
        click(By.id("unit-confirm"));
        wait.until(d -> gridCells().contains("已确认"));
        logout();

        // its administrator invites a colleague
        login(admin, password);
        menu();
        driver.get(url("my-unit"));
        assertThat(textOf(By.id("my-unit-state"))).contains("已确认");
        click(By.id("unit-invite"));
        type("invite-username", "reg.colleague" + tag);
        type("invite-displayName", "吴同事");
        click(By.id("invite-ok"));
        String oneTime = textOf(By.id("one-time-password"));
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(16);
        click(By.id("one-time-password-close"));
        wait.until(d -> gridCells().contains("reg.colleague" + tag));
        screenshot("my-unit-confirmed");
        logout();

        // the colleague signs in, replaces the one-time password and works
        login("reg.colleague" + tag, oneTime);
        wait.until(ExpectedConditions.urlContains("/account/password"));
        type("current-password", oneTime);
        type("new-password", "Colleague#Wu2026");
        type("repeat-password", "Colleague#Wu2026");
        click(By.id("save-password"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-scope")));
        assertThat(menu()).contains("申报管理", "本单位");
        screenshot("colleague-signed-in");
    }

    /** Answers the page's check question, as a person reads and computes it. */
    private String answer() {
        String label = String.valueOf(js("return document.getElementById('register-answer').label"));
        Matcher m = Pattern.compile("(\\d+) \\+ (\\d+)").matcher(label);
        assertThat(m.find()).as(label).isTrue();
        return Integer.toString(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)));
    }

    private static String creditCode(String tag) {
        String digits = String.format("%08d", Long.parseLong(tag) % 100_000_000L);
        String first17 = "52140902" + digits + "7";
        return first17 + CreditCode.checkCharacter(first17);
    }
}

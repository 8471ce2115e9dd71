package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.plugin.TestPluginBuilder;
import org.ticportal.ui.Acting;
import org.ticportal.policy.api.CreditCode;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;

/**
 * The promise to other cities, as users click it: a policy plugin an outside developer built from the API alone (the
 * plugin template) is uploaded through the plugins screen, validated and installed; an applicant of that city files
 * and submits an application under it; the administrator stops and starts the plugin, upgrades it to a new version
 * (the filed application stays on its version, a new one takes the new version) and finally removes it — with the
 * portal up the whole time.
 */
class PolicyPluginJourneyIT extends BrowserJourney {

    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void anOutsidePolicyIsUploadedUsedForAnApplicationThenStoppedUpgradedAndRemoved() throws Exception {
        Path jars = Files.createTempDirectory("outside-plugins");
        Path v1 = TestPluginBuilder.fromTemplate("example", "1.0.0", s -> s).buildJar(jars);
        Path v2 = TestPluginBuilder.fromTemplate("example", "1.1.0",
                s -> s.replace("Threshold.of(300)", "Threshold.of(350)")).buildJar(jars);

        // the administrator uploads the plugin; it is validated before it is installed
        login("admin", demoPassword());
        menu();
        driver.get(url("admin/plugins"));
        wait.until(d -> gridCells().contains("xinzhou"));
        upload("plugin-upload", v1);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plugin-validation-ok")));
        screenshot("plugin-validated");
        click(By.id("plugin-install"));
        wait.until(d -> gridCells().contains("example"));
        assertThat(gridCells()).contains("example", "1.0.0", "示例市技术创新中心管理办法");
        screenshot("plugin-installed");

        // the city's applicant (an account the administrator creates) files an application under the new policy
        String password = "Shili#Apply2026";
        String applicant = createApplicant();
        logout();
        firstLogin(applicant, password);
        driver.get(url("applications"));
        click(By.id("application-new"));
        WebElement cityChoice = wait.until(d -> d.findElements(By.xpath(
                "//vaadin-radio-button[contains(normalize-space(.), '示例市')]")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
        cityChoice.click();
        click(By.id("application-create"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-stage"), "填报"));
        String firstUrl = driver.getCurrentUrl();
        fillExampleForm("先进陶瓷", "320");
        Path licence = Files.writeString(jars.resolve("营业执照.pdf"), "%PDF-1.4\n% business licence\n");
        openTab("牵头单位与负责人");
        upload("upload-attachments-licence", licence);
        wait.until(d -> d.findElements(By.xpath("//a[normalize-space(.)='营业执照.pdf']")).size() == 1);
        click(By.id("application-save"));
        wait.until(d -> textOf(By.id("application-title")).contains("示例市先进陶瓷技术创新中心"));
        screenshot("application-draft");

        openTab("资格自查");
        wait.until(d -> gridCells().contains("第三条第（二）项"));
        assertThat(gridCells()).contains("符合", "提示");
        type("explain-3\\.5", "上年度为建设期");
        click(By.id("eligibility-run"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eligibility-summary"), "自查通过"));
        screenshot("application-eligibility");

        openTab("办理");
        click(By.id("action-SUBMIT"));
        click(By.id("step-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-stage"), "区级推荐"));
        screenshot("application-submitted");
        logout();

        // the administrator stops the plugin: the policy takes no new applications; started again, it works on
        login("admin", demoPassword());
        menu();
        driver.get(url("admin/plugins"));
        click(By.id("plugin-stop-example"));
        wait.until(d -> gridCells().contains("已停止"));
        click(By.id("plugin-start-example"));
        wait.until(d -> !gridCells().contains("已停止"));

        // an upgrade: validated as an upgrade, installed; the filed application stays on 1.0.0
        upload("plugin-upload", v2);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plugin-validation-ok")));
        assertThat(textOf(By.id("plugin-candidate"))).contains("1.1.0").contains("1.0.0");
        click(By.id("plugin-install"));
        wait.until(d -> gridCells().contains("1.1.0"));
        wait.until(d -> gridCells().stream().anyMatch(c -> c.contains("example 1.0.0")));
        screenshot("plugin-upgraded");
        logout();

        login(applicant, password);
        menu();
        driver.get(firstUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application-pinned")));
        assertThat(textOf(By.id("application-pinned"))).contains("1.0.0");
        screenshot("application-pinned-to-old-version");
        driver.get(url("applications"));
        click(By.id("application-new"));
        click(By.xpath("//vaadin-radio-button[contains(normalize-space(.), '示例市')]"));
        click(By.id("application-create"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-stage"), "填报"));
        driver.get(url("applications"));
        wait.until(d -> gridCells().stream().filter(c -> c.startsWith("example ")).count() == 2);
        assertThat(gridCells()).contains("example 1.0.0", "example 1.1.0");
        screenshot("applications-two-versions");
        logout();

        // removal: the plugin goes; the portal and the other policies stay
        login("admin", demoPassword());
        menu();
        driver.get(url("admin/plugins"));
        click(By.id("plugin-remove-example"));
        click(By.cssSelector("vaadin-confirm-dialog [slot='confirm-button']"));
        wait.until(d -> d.findElements(By.id("plugin-stop-example")).isEmpty());
        assertThat(gridCells()).contains("xinzhou", "shanxi").doesNotContain("1.1.0");
        // the applications filed under it stay readable, served by the archived versions
        assertThat(gridCells()).contains("example 1.0.0", "example 1.1.0");
        screenshot("plugin-removed");
    }

    /** Sends a file to an upload component, as choosing it in the file dialog does. */
    private void upload(String uploadId, Path file) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(uploadId)));
        WebElement input = (WebElement) js("return arguments[0].querySelector('input[type=file]') "
                + "|| arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private void fillExampleForm(String coreName, String area) {
        type("field-coreName", coreName);
        // the policy has a single center type: the portal fills it in and hides the field (API 0.2.5)
        assertThat(driver.findElements(By.id("field-centerType"))).noneMatch(WebElement::isDisplayed);
        comboBox("field-industryCluster", "新材料");
        type("field-area-usable", area);
        type("field-rdSpending", "50");
        openTab("牵头单位与负责人");
        // the lead unit's registered body and credit code come from its registration (read-only here)
        type("field-director-name", "王研究员");
        comboBox("field-director-titleLevel", "正高级");
        openTab("承诺");
        click(By.cssSelector("#field-pledge-noMajorProblems"));
    }

    private void firstLogin(String username, String password) {
        login(username, oneTimePasswords.get(username));
        wait.until(ExpectedConditions.urlContains("/account/password"));
        type("current-password", oneTimePasswords.get(username));
        type("new-password", password);
        type("repeat-password", password);
        click(By.id("save-password"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-scope")));
    }

    private final java.util.Map<String, String> oneTimePasswords = new java.util.HashMap<>();

    /** The administrator's part done through the services: a unit of 示例市 东区 and its applicant account. */
    private String createApplicant() {
        Unit unit = units.save(new Unit("示例新材料有限公司", creditCode(), "990101", Instant.now()));
        return as(() -> {
            var created = users.create(new UserDraft("shili.applicant", "示例新材料 申报员", null, null,
                    Role.APPLICANT, null, unit.getId()));
            oneTimePasswords.put("shili.applicant", created.oneTimePassword());
            return created.user().getUsername();
        });
    }

    private <T> T as(Supplier<T> work) {
        return Acting.as(security, "admin", Role.ADMIN, work);
    }

    private static String creditCode() {
        String first17 = "91990101MA0XHL001";
        return first17 + CreditCode.checkCharacter(first17);
    }
}

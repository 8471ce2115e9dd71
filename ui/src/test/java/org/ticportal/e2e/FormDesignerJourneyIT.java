package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.XinzhouSamples;

/**
 * The form designer's promise, as users click it: the administrator adds a yes/no question and a number shown only
 * when it is answered yes to Xinzhou's application form and publishes the new version; the applicant sees it on a new
 * application, cannot save it out of range or submit without it, and an application submitted before still shows the
 * form it was submitted on.
 */
class FormDesignerJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void anAdministratorAddsAConditionalFieldThatApplicantsThenMustFillIn() {
        long submitted = submittedOnTheShippedForm();

        // the administrator opens Xinzhou's application form in the designer
        login("admin", demoPassword());
        menu();
        driver.get(url("admin/forms"));
        chooseContaining("forms-policy", "忻州");
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='APPLICATION']"));
        click(By.id("forms-edit"));
        wait.until(ExpectedConditions.urlContains("/admin/forms/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("designer-outline")));
        screenshot("designer-open");

        // a yes/no question in "中心基本情况"
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='中心基本情况']"));
        choose("designer-new-type", "是/否");
        click(By.id("designer-add-field"));
        property("prop-key", "hasPartners");
        property("prop-label", "是否有共建单位");
        // and the number of partners: required, 1–50, shown only when the answer is yes
        choose("designer-new-type", "数值");
        click(By.id("designer-add-field"));
        property("prop-key", "partnerCount");
        property("prop-label", "共建单位数量");
        property("prop-min", "1");
        property("prop-max", "50");
        click(By.cssSelector("#prop-required > label"));
        wait.until(d -> Boolean.TRUE.equals(js("return document.getElementById('prop-required').checked")));
        comboBox("prop-visible-field", "是否有共建单位（hasPartners）");
        comboBox("prop-visible-values", "true");
        // the preview applies the condition as the applicant's form does: hidden until the question is answered yes
        // (a hidden field need not be in the page at all: Vaadin sends no invisible component to the browser)
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#designer-preview #field-hasPartners")));
        // the preview is rebuilt after each change, so its elements are looked up afresh on each try
        String countShown = "var e = document.querySelector('#designer-preview #field-partnerCount');"
                + " return e != null && e.offsetParent != null;";
        wait.until(d -> Boolean.FALSE.equals(js(countShown)));
        By yes = By.xpath("//*[@id='designer-preview']//*[@id='field-hasPartners']//vaadin-radio-button"
                + "[normalize-space(.)='是']");
        wait.until(d -> {
            try {
                if (Boolean.TRUE.equals(js(countShown))) {
                    return true;
                }
                WebElement radio = d.findElement(yes);
                js("arguments[0].scrollIntoView({block: 'center'})", radio);
                radio.click();
                waitForServer();
                return Boolean.TRUE.equals(js(countShown));
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
        assertThat(textOf(By.id("designer-problems-tab"))).isEqualTo("发布检查");
        screenshot("designer-conditional-field");

        click(By.id("designer-save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("designer-state"), "草稿已保存"));
        click(By.id("designer-publish"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#designer-publish-note textarea")))
                .sendKeys("增加共建单位数量（条件必填）");
        click(By.id("designer-publish-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("designer-state"), "发布"));
        screenshot("designer-published");
        driver.get(url("admin/forms"));
        chooseContaining("forms-policy", "忻州");
        wait.until(d -> gridCells().stream().anyMatch(c -> c.startsWith("第 1 版")));
        screenshot("forms-list");
        logout();

        // the applicant's submitted application still shows the form it was submitted on
        login("applicant", demoPassword());
        menu();
        driver.get(url("applications/" + submitted));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-form-version"), "插件自带"));
        openTab("中心基本情况");
        assertThat(driver.findElements(By.id("field-hasPartners"))).isEmpty();
        assertThat(driver.findElements(By.id("application-form-move"))).as("only drafts move").isEmpty();
        screenshot("application-old-form");

        // a new application is filled in on version 1
        driver.get(url("applications"));
        click(By.id("application-new"));
        click(By.xpath("//vaadin-radio-button[contains(normalize-space(.), '忻州市')]"));
        click(By.id("application-create"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-form-version"), "第 1 版"));
        openTab("中心基本情况");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("field-hasPartners")));
        assertThat(driver.findElements(By.id("field-partnerCount"))).as("hidden until the question is answered yes")
                .noneMatch(WebElement::isDisplayed);
        click(By.xpath("//*[@id='field-hasPartners']//vaadin-radio-button[normalize-space(.)='是']"));
        WebElement count = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("field-partnerCount")));

        // out of range: refused at the field, nothing saved
        type("field-partnerCount", "0");
        click(By.id("application-save"));
        wait.until(d -> "true".equals(count.getDomAttribute("invalid")) || count.getAttribute("invalid") != null);
        assertThat(js("return arguments[0].errorMessage", count)).isEqualTo("不得小于 1");
        js("arguments[0].scrollIntoView({block: 'center'})", count);
        screenshot("application-new-field-invalid");

        // left empty, the draft is saved, but submitting is refused on it
        driver.findElement(By.cssSelector("#field-partnerCount input"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.TAB);
        click(By.id("application-save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"),
                "已保存"));
        openTab("办理");
        click(By.id("action-SUBMIT_TO_COUNTY"));
        click(By.id("step-confirm"));
        wait.until(d -> !d.findElements(By.cssSelector(".step-dialog li")).isEmpty());
        List<String> problems = driver.findElements(By.cssSelector(".step-dialog li")).stream()
                .map(e -> (String) js("return arguments[0].textContent", e)).toList();
        assertThat(problems).contains("共建单位数量：此项为必填项");
        screenshot("application-new-field-required");
    }

    /** Sets a property in the designer's panel, as typing and leaving the field does. */
    private void property(String id, String value) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        // the change goes to the server, which may rebuild the panel: wait for it, then read the field again
        waitForServer();
        wait.until(d -> value.equals(d.findElement(By.cssSelector("#" + id + " input")).getDomProperty("value")));
    }

    /** The applicant's earlier work, done through the services: a complete application submitted to the county. */
    private long submittedOnTheShippedForm() {
        return as("applicant", Role.APPLICANT, () -> {
            ApplicationDetail app = applications.create("140900");
            long id = app.row().id();
            XinzhouSamples.attachEvery(applications, attachments, id, "APPLICATION");
            // a center name of its own: the policy refuses a name another journey's application already has
            java.util.Map<String, Object> values = new java.util.HashMap<>(XinzhouSamples.completeApplication());
            values.put("coreName", "表单设计" + org.ticportal.ui.UniqueNames.suffix() + "新材料");
            ApplicationDetail draft = applications.saveDraft(id, applications.get(id).row().version(), values,
                    java.util.Map.of());
            applications.perform(id, draft.row().version(), "SUBMIT_TO_COUNTY", null, java.util.Map.of());
            return id;
        });
    }

    private <T> T as(String username, Role role, Supplier<T> work) {
        return Acting.as(security, username, role, work);
    }
}

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.MeetingSamples;
import org.ticportal.ui.PortalDay;

/**
 * 认定公示 as its users click it: the bureau builds a notice from an application the Party group passed and publishes
 * it; an anonymous visitor finds it from the login page and files an objection with real name and ID number; the
 * bureau receives it; once the period is over (the test moves the notice's end to yesterday: the portal's clock cannot
 * be moved in a running portal) a second objection from the open page is refused by the server, and the bureau
 * dismisses the first with reasons and a reply: the center is recognised. 公示管理 and 异议管理 list the notice and the
 * objection, and a click on the objection opens its notice.
 */
class NoticeJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBureauPublishesTheVisitorObjectsAndTheBureauDismissesIt() throws Exception {
        long id = MeetingSamples.atNotice(security, applications, attachments, checklist);
        String reference = Acting.as(security, "bureau", Role.BUREAU, () -> applications.get(id).row().referenceNo());

        login("bureau", demoPassword());
        assertThat(menu()).contains("公示管理");
        driver.get(url("notices"));
        click(By.id("notice-new"));
        type("notice-title", "2026年第一批忻州市技术创新中心认定公示");
        type("notice-contactPhone", "0350-3021234");
        type("notice-contactAddress", "忻州市和平街1号 忻州市科学技术局");
        click(By.xpath("//vaadin-grid[@id='notice-candidates']//vaadin-grid-cell-content[normalize-space(.)='"
                + reference + "']"));
        screenshot("notice-build");
        click(By.id("notice-save"));
        click(By.id("notice-publish"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice-facts"), "公示中"));
        Matcher m = Pattern.compile("notices/(\\d+)").matcher(driver.getCurrentUrl());
        assertThat(m.find()).isTrue();
        long noticeId = Long.parseLong(m.group(1));
        screenshot("notice-published");
        logout();

        // anyone: from the login page to the notice, and an objection with the formalities of a person
        click(By.id("login-notices"));
        click(By.xpath("//a[normalize-space(.)='2026年第一批忻州市技术创新中心认定公示']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("public-notice-period"), "公示期："));
        assertThat(gridCells()).anyMatch(c -> c.startsWith("忻州市") && c.endsWith("技术创新中心"));
        fillObjection("王五", "该中心申报的研发人员数量与实际不符", "14090219900101123", "13900001111");
        screenshot("notice-public-objection");
        click(By.id("objection-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("objection-done"), "已提交"));
        screenshot("notice-public-objection-filed");

        // the bureau sees who objected and receives it
        login("bureau", demoPassword());
        menu();
        driver.get(url("notices/" + noticeId));
        wait.until(d -> gridCells().stream().anyMatch(c -> c.contains("王五")));
        long objectionId = jdbc.queryForObject("select max(id) from notice_objection where notice_id = ?",
                Long.class, noticeId);
        click(By.id("objection-receive-" + objectionId));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("objection-decide-" + objectionId)));
        screenshot("notice-objection-received");

        // 公示管理 lists the notice with its center and objection; 异议管理 the objection, received, by the bureau
        driver.get(url("notices"));
        wait.until(d -> gridCells().contains("2026年第一批忻州市技术创新中心认定公示"));
        screenshot("notices-grid");
        driver.get(url("objections"));
        wait.until(d -> gridCells().contains("王五") && gridCells().contains("已受理"));
        assertThat(gridCells()).contains("2026年第一批忻州市技术创新中心认定公示", reference, "bureau");
        screenshot("objections-grid");
        click(By.xpath("//vaadin-grid[@id='objections-grid']//vaadin-grid-cell-content[normalize-space(.)='王五']"));
        wait.until(ExpectedConditions.urlContains("notices/" + noticeId));

        // a visitor opens the form while it runs; the period then ends, and the server refuses the late objection
        driver.get(url("public/notices/" + noticeId));
        fillObjection("赵六", "逾期提出的异议", "14090219900101123", "13900001111");
        java.time.LocalDate yesterday = PortalDay.today().minusDays(1);
        jdbc.update("update public_notice set period_start = ?, period_end = ? where id = ?", yesterday.minusDays(6),
                yesterday, noticeId);
        jdbc.update("update recognition_application set notice_start = ?, notice_end = ? where id = ?",
                yesterday.minusDays(6), yesterday, id);
        click(By.id("objection-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"),
                "逾期异议不予受理"));
        screenshot("notice-late-objection-refused");

        // dismissed with reasons and a reply: recognised
        driver.get(url("notices/" + noticeId));
        click(By.id("objection-decide-" + objectionId));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#objection-reasons textarea")))
                .sendKeys("经核查，研发人员数量与社保缴纳记录一致，异议不成立");
        Path reply = Files.createTempFile("reply", ".pdf");
        Files.write(reply, "%PDF-1.4 reply to the objection".getBytes());
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("objection-reply")));
        WebElement input = (WebElement) js("return arguments[0].querySelector('input[type=file]') "
                + "|| arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        input.sendKeys(reply.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("objection-reply-name"), "reply"));
        screenshot("notice-objection-decide");
        click(By.id("objection-confirm"));
        wait.until(d -> gridCells().stream().anyMatch(c -> c.contains("异议不成立")));
        screenshot("notice-objection-dismissed");
        assertThat(Acting.as(security, "bureau", Role.BUREAU, () -> applications.get(id).row().stage()))
                .isEqualTo("RECOGNIZED");
    }
}

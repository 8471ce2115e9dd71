package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

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
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterProfileService;
import org.ticportal.core.center.CenterProfileVersion;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.policy.api.CreditCode;
import org.ticportal.ui.Acting;
import org.ticportal.ui.CenterSamples;
import org.ticportal.ui.UniqueNames;

/**
 * Change requests of a Xinzhou center (art. 15), clicked through in the browser: the lead unit asks from its center's
 * page for a rename with its stamped letter, the county (the supervising department) agrees from 变更申请, the bureau
 * approves, and the center's page shows the new name and profile version 2; then a restructuring — a new lead unit
 * registered in 忻府区 named by its credit code and a co-builder added — goes the same way, the bureau reading the new
 * lead unit's check against art. 8 before it approves, and the center's page shows version 3 with the new lead unit;
 * the former lead unit still reads its request's outcome.
 */
class ChangeRequestJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeService publicNotices;
    @Autowired
    NoticeCloser notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CenterService centers;
    @Autowired
    CenterProfileService profiles;
    @Autowired
    UnitRepository units;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void aRenameAndARestructuringGoThroughTheLeadUnitTheCountyAndTheBureau() throws Exception {
        long applicationId = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices,
                notices, jdbc);
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(applicationId))
                .orElseThrow();
        Path letter = Files.createTempFile("letter", ".pdf");
        Files.write(letter, "%PDF-1.4 stamped written request".getBytes());

        // 1. the rename: the lead unit asks from its center's page
        String newCore = "先进" + UniqueNames.suffix() + "材料";
        String newName = "忻州市" + newCore + "技术创新中心";
        login("applicant", demoPassword());
        menu();
        driver.get(url("centers/" + center.id()));
        click(By.id("center-change-request"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-type-article"), "第十五条"));
        type("change-core-name", "AI材料");
        waitForServer();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-name-check"), "拉丁字母"));
        type("change-core-name", newCore);
        waitForServer();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-name-check"), "名称可以使用"));
        textArea("change-reason", "中心研究聚焦先进材料，原名称不能反映主要方向，申请更名");
        upload("change-letter", letter, "change-letter-name");
        screenshot("change-rename-form");
        click(By.id("change-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-state"), "审核中"));
        assertThat(textOf(By.id("change-state"))).contains("组织管理部门审核");
        screenshot("change-rename-filed");
        logout();

        // the county finds it in 我的待办, then agrees from 变更申请
        login("county", demoPassword());
        menu();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-changes")));
        wait.until(d -> gridCells().contains(center.name()));
        assertThat(gridCells()).contains("组织管理部门审核（第1步，共2步）");
        screenshot("change-county-inbox");
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='变更申请']"));
        // 我的待办 showed the center too: wait for 变更申请's own grid
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("inbox-changes")));
        wait.until(d -> gridCells().stream().anyMatch(c -> c.contains(center.name())));
        screenshot("change-county-grid");
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + center.name() + "']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change-approve")));
        assertThat(gridCells()).contains(newName);
        textArea("change-comment", "经审核，名称符合命名规则，同意更名");
        click(By.id("change-approve"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-state"), "市科技局批准"));
        screenshot("change-county-agreed");
        logout();

        // the bureau opens it from 我的待办 and approves; the center's page shows the new name and version 2
        login("bureau", demoPassword());
        menu();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-changes")));
        click(By.xpath("//*[@id='inbox-changes']/vaadin-grid-cell-content[normalize-space(.)='" + center.name()
                + "']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-approve"), "批准变更"));
        textArea("change-comment", "批准更名");
        screenshot("change-bureau-review");
        click(By.id("change-approve"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-state"), "已批准"));
        assertThat(textOf(By.id("change-result-version"))).contains("2");
        click(By.id("change-center-link"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("center-name"), newName));
        wait.until(d -> gridCells().contains("更名：中心研究聚焦先进材料，原名称不能反映主要方向，申请更名"));
        screenshot("change-rename-center");
        logout();

        // 2. the restructuring: a new lead unit of 忻府区, and a co-builder added
        String first17 = "91140902MA0C" + String.format("%05d", System.nanoTime() % 100000);
        String code = first17 + CreditCode.checkCharacter(first17);
        Unit newLead = units.save(new Unit("忻州重组新材料有限公司" + UniqueNames.suffix(), code, "140902", Instant.now()));
        login("applicant", demoPassword());
        menu();
        driver.get(url("centers/" + center.id()));
        click(By.id("center-change-request"));
        choose("change-type", "调整重组");
        waitForServer();
        type("change-lead-unit-code", code);
        click(By.id("change-co-builder-add"));
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                ".change-co-builder-row:last-child .change-co-builder-name input")));
        name.sendKeys("忻州市新材料研究院");
        textArea("change-reason", "原牵头单位业务调整，由新材料公司牵头建设，忻州市新材料研究院加入共建");
        upload("change-letter", letter, "change-letter-name");
        screenshot("change-restructure-form");
        click(By.id("change-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-state"), "审核中"));
        wait.until(d -> gridCells().stream().anyMatch(c -> c.contains("8.1a")));
        screenshot("change-restructure-filed");
        String requestUrl = driver.getCurrentUrl();
        logout();

        login("county", demoPassword());
        menu();
        driver.get(requestUrl);
        textArea("change-comment", "同意调整重组");
        click(By.id("change-approve"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-state"), "市科技局批准"));
        logout();

        login("bureau", demoPassword());
        menu();
        driver.get(requestUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change-eligibility")));
        assertThat(gridCells()).contains(newLead.getName(), "符合");
        screenshot("change-restructure-eligibility");
        click(By.id("change-approve"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-state"), "已批准"));
        click(By.id("change-center-link"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("center-lead-unit"), newLead.getName()));
        assertThat(textOf(By.id("center-name"))).isEqualTo(newName);
        assertThat(textOf(By.id("center-co-builders"))).contains("忻州市新材料研究院");
        screenshot("change-restructure-center");

        CenterProfileVersion v3 = Acting.as(security, "bureau", Role.BUREAU, () -> profiles.versions(center.id()))
                .getFirst();
        assertThat(v3.versionNo()).isEqualTo(3);
        assertThat(v3.profile().leadUnitId()).isEqualTo(newLead.getId());
        logout();

        // the former lead unit reads the outcome of its request, but no longer leads the center
        login("applicant", demoPassword());
        menu();
        driver.get(requestUrl);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-state"), "已批准"));
        assertThat(textOf(By.id("change-center-gone"))).contains("不由本单位牵头");
        screenshot("change-restructure-former-lead");
    }

    private void upload(String uploadId, Path file, String nameId) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(uploadId)));
        WebElement input = (WebElement) js("return arguments[0].querySelector('input[type=file]') "
                + "|| arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        input.sendKeys(file.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(nameId), file.getFileName().toString()));
    }

}

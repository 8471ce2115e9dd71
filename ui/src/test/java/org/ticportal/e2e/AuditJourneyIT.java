package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.PortalTime;

/**
 * 审计记录 in a browser (三权分立): the administrator creates a user as an expert and then makes them an auditor; the
 * demo auditor logs in, sees only 我的待办, 首页, 统计看板, 审计记录 and 修改密码, opens 审计记录, filters by the administrator,
 * the record type 用户 and today, finds the change (变更权限) and reads its before (评审专家) and after (审计员) values
 * in words, then the user's whole trail (此记录的全部审计记录); a business screen (申报管理) and user administration
 * are refused to the auditor.
 */
class AuditJourneyIT extends BrowserJourney {

    @Autowired
    PortalTime time;
    @Autowired
    AuditService audit;

    @Test
    void theAuditorFindsTheAdministratorsChangeWithItsBeforeAndAfterValuesAndOpensNoBusinessScreen() {
        String username = "shenji" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        String displayName = "周审计员" + username.substring(6);

        // the administrator creates the user as an expert, then changes the role to 审计员
        login("admin", demoPassword());
        menu();
        driver.get(url("admin/users"));
        wait.until(d -> gridCells().contains("admin"));
        click(By.id("new-user"));
        type("user-username", username);
        type("user-displayName", displayName);
        choose("user-role", "评审专家");
        click(By.id("user-save"));
        textOf(By.id("one-time-password"));
        click(By.id("one-time-password-close"));
        type("filter-text", username);
        wait.until(d -> gridCells().contains(username) && !gridCells().contains("admin"));
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + username + "']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-role")));
        choose("user-role", "审计员");
        click(By.id("user-save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("user-save")));
        wait.until(d -> gridCells().contains("审计员"));
        logout();

        // the auditor reads the trail
        driver.manage().window().setSize(new Dimension(1366, 768));
        login("auditor", demoPassword());
        assertThat(menu()).containsExactly("我的待办", "首页", "统计看板", "审计记录", "修改密码");
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='审计记录']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-grid")));
        wait.until(d -> gridCells().size() > 20);
        screenshot("audit-all");

        type("filter-user", "admin");
        choose("filter-subject", "用户");
        date("filter-from", time.today());
        date("filter-to", time.today());
        wait.until(d -> gridCells().contains(displayName) && gridCells().contains("变更权限"));
        assertThat(gridCells()).as("actions and roles in words").doesNotContain("ACCESS_CHANGED", "中心更名")
                .contains("评审专家", "审计员");
        screenshot("audit-filtered");

        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + displayName + "']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-details-before")));
        assertThat(textOf(By.id("audit-details-user"))).isEqualTo("admin");
        assertThat(textOf(By.id("audit-details-action"))).isEqualTo("变更权限");
        assertThat(textOf(By.id("audit-details-before"))).isEqualTo("评审专家");
        assertThat(textOf(By.id("audit-details-after"))).isEqualTo("审计员");
        assertThat(textOf(By.id("audit-details-comment"))).isEqualTo(displayName);
        screenshot("audit-details");

        // the record's whole trail: created as an expert, then made an auditor
        click(By.id("audit-details-history"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-history-grid")));
        wait.until(d -> d.findElement(By.id("audit-history-grid")).findElements(By.tagName("vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).toList().containsAll(List.of("创建", "变更权限", "审计员")));
        screenshot("audit-history");
        click(By.id("audit-history-close"));
        click(By.id("audit-details-close"));

        // a unit's placement changed: its parts compared side by side
        String unitId = "u" + username;
        audit.recordAs("admin", AuditSubject.UNIT, unitId, AuditAction.CHANGE_APPROVED, "甲科技有限公司 / 140921 / -",
                "乙科技有限公司 / 140921 / 140900", "变更名称与确认机关");
        driver.get(url("admin/audit?subject=UNIT&id=" + unitId));
        wait.until(d -> gridCells().contains("同意单位信息变更"));
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='同意单位信息变更']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-details-changes")));
        wait.until(d -> d.findElement(By.id("audit-details-changes")).findElements(By.tagName(
                "vaadin-grid-cell-content")).stream().map(WebElement::getText).toList().contains("乙科技有限公司"));
        screenshot("audit-changes");
        click(By.id("audit-details-close"));

        // no business screen, no administration
        driver.get(url("applications"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-text"), "/applications"));
        assertThat(textOf(By.id("error-title"))).isEqualTo("页面不存在或无权访问");
        assertThat(driver.findElements(By.id("applications-grid"))).isEmpty();
        driver.get(url("admin/users"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-text"), "/admin/users"));
        assertThat(driver.findElements(By.id("users-grid"))).isEmpty();
        logout();
    }
}

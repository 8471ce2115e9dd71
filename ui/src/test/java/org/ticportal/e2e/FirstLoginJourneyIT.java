package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator creates an expert; the expert logs in with the one-time password, is sent to the password change
 * first, and then reaches the home page.
 */
class FirstLoginJourneyIT extends BrowserJourney {

    @Test
    void aNewUserMustReplaceTheOneTimePasswordBeforeWorking() {
        login("admin", demoPassword());
        menu();
        driver.get(url("admin/users"));
        wait.until(d -> gridCells().contains("admin"));
        screenshot("users");

        click(By.id("new-user"));
        type("user-username", "zhao.expert");
        type("user-displayName", "赵专家");
        choose("user-role", "评审专家");
        screenshot("user-editor");
        click(By.id("user-save"));
        String oneTimePassword = textOf(By.id("one-time-password"));
        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(16);
        screenshot("one-time-password");
        click(By.id("one-time-password-close"));
        wait.until(d -> gridCells().contains("zhao.expert"));
        logout();

        login("zhao.expert", oneTimePassword);
        wait.until(ExpectedConditions.urlContains("/account/password"));
        assertThat(textOf(By.className("notice"))).contains("一次性密码");
        type("current-password", oneTimePassword);
        type("new-password", "short");
        type("repeat-password", "short");
        click(By.id("save-password"));
        wait.until(d -> "true".equals(String.valueOf(js(
                "return document.getElementById('new-password').hasAttribute('invalid')"))));
        screenshot("password-too-short");

        type("new-password", "Zhao#Expert2026");
        type("repeat-password", "Zhao#Expert2026");
        click(By.id("save-password"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-scope")));
        assertThat(menu()).containsExactly("我的待办", "首页", "统计看板", "我的评审任务", "绩效评估", "修改密码");
        assertThat(textOf(By.id("inbox-none"))).isEqualTo("暂无待办事项。");
        screenshot("first-login-done");
    }
}

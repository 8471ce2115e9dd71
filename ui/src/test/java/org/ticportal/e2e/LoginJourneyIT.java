package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Logging in: every demo role sees its own menu; a wrong password is refused. */
class LoginJourneyIT extends BrowserJourney {

    @ParameterizedTest(name = "{0} sees {2}")
    @CsvSource(delimiter = '|', value = {
            "admin     | 系统管理员       | 我的待办,首页,统计看板,申报管理,申报批次,技术创新中心,年度报告,绩效评估,优秀中心,变更申请,工程中心名录,单位管理,用户管理,专家库,党组会议,公示管理,异议管理,政策插件,政策配置,政策对比,政策目录,表单管理,工作日日历,数据备份,审计记录,开放接口,修改密码",
            "bureau    | 科技局工作人员   | 我的待办,首页,统计看板,申报管理,申报批次,技术创新中心,年度报告,绩效评估,优秀中心,变更申请,工程中心名录,单位管理,专家库,批量抽取专家组,党组会议,公示管理,异议管理,政策对比,政策目录,工作日日历,修改密码",
            "county    | 推荐单位审核人员 | 我的待办,首页,统计看板,申报管理,申报批次,技术创新中心,年度报告,绩效评估,优秀中心,变更申请,单位管理,修改密码",
            "applicant | 申报单位用户     | 我的待办,首页,统计看板,申报管理,申报批次,本单位,技术创新中心,年度报告,绩效评估,变更申请,申请转建,修改密码",
            "expert    | 评审专家         | 我的待办,首页,统计看板,我的评审任务,绩效评估,修改密码",
            "auditor   | 审计员           | 我的待办,首页,统计看板,审计记录,修改密码",
            "province  | 科技局工作人员   | 我的待办,首页,统计看板,申报管理,申报批次,技术创新中心,年度报告,绩效评估,优秀中心,变更申请,工程中心名录,单位管理,专家库,批量抽取专家组,党组会议,公示管理,异议管理,政策对比,政策目录,工作日日历,修改密码"})
    void eachDemoRoleSeesItsOwnMenu(String username, String roleName, String expectedMenu) {
        login(username, demoPassword());

        assertThat(menu()).containsExactlyElementsOf(List.of(expectedMenu.split(",")));
        assertThat(textOf(By.className("user-role"))).isEqualTo(roleName);
        assertThat(textOf(By.id("home-policy"))).contains("忻州市技术创新中心认定管理办法(试行)")
                .contains("山西省技术创新中心管理办法（试行）");
        screenshot("home-" + username);
        logout();
    }

    @Test
    void aWrongPasswordIsRefusedAndTheUserStaysOnTheLoginPage() {
        login("admin", "not-the-password");

        wait.until(ExpectedConditions.urlContains("/login?error"));
        wait.until(d -> Boolean.TRUE.equals(js(
                "const form = document.querySelector('vaadin-login-form'); return form != null && form.error")));
        assertThat(driver.findElements(By.tagName("vaadin-side-nav-item"))).isEmpty();
        screenshot("login-refused");
    }

    @Test
    void theAdministratorSeesTheXinzhouAndShanxiPluginsStarted() {
        login("admin", demoPassword());
        menu();
        driver.get(url("admin/plugins"));

        wait.until(d -> gridCells().contains("xinzhou"));
        List<String> cells = gridCells();
        assertThat(cells).contains("xinzhou", "已启动", "忻州市技术创新中心认定管理办法(试行)", "shanxi",
                "山西省技术创新中心管理办法（试行）");
        // each shipped plugin's row (id, version, status …) says started; plugins other journeys of this test context
        // installed (an outside policy, a test policy) may be listed too
        for (String id : List.of("xinzhou", "shanxi")) {
            assertThat(cells.get(cells.indexOf(id) + 2)).as(id + "'s status").isEqualTo("已启动");
        }
        screenshot("plugins");
    }

    @Test
    void bureauStaffReadTheXinzhouCatalogsAndCanSwitchToEnglish() {
        login("bureau", demoPassword());
        menu();
        driver.get(url("admin/catalogs"));
        assertThat(textOf(By.id("catalog-source"))).contains("忻州市技术创新中心认定管理办法(试行)");
        wait.until(d -> gridCells().contains("综合类技术创新中心"));
        assertThat(gridCells()).contains("领域类技术创新中心", "第六条", "第七条");
        screenshot("catalogs");

        click(By.cssSelector(".language-switch"));
        WebElement english = wait.until(d -> d.findElements(By.xpath("//vaadin-select-item[normalize-space(.)='English']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        english.click();
        wait.until(d -> menu().contains("Policy catalogs"));
        assertThat(menu()).containsExactly("My tasks", "Home", "Dashboard", "Applications", "Calls", "Innovation centers", "Annual reports", "Evaluations",
                "Outstanding centers", "Change requests", "Engineering centers", "Units",
                "Expert pool",
                "Batch panel draw", "Party group meetings", "Public notices", "Objections", "Compare policies", "Policy catalogs", "Working-day calendar",
                "Change password");
        screenshot("catalogs-en");
    }
}

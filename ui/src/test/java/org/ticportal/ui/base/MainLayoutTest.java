package org.ticportal.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.account.ChangePasswordView;

/** Each role sees its own menu, built from the views it may open. */
class MainLayoutTest extends ViewTestBase {

    @Autowired
    RoleMenus menus;

    private List<String> menu() {
        navigate(ChangePasswordView.class);
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesUserPluginPolicyFormCatalogCalendarAndBackupAdministration() {
        assertThat(menu()).containsExactly("我的待办", "首页", "统计看板", "申报管理", "申报批次", "技术创新中心", "年度报告", "绩效评估", "优秀中心", "变更申请", "工程中心名录", "单位管理", "用户管理", "专家库", "党组会议", "公示管理", "异议管理", "政策插件",
                "政策配置", "政策对比", "政策目录", "表单管理", "工作日日历", "数据备份", "审计记录", "开放接口", "修改密码");
    }

    @Test
    @WithUserDetails("bureau")
    void bureauStaffSeeTheCatalogsAndCalendarButNotAdministration() {
        assertThat(menu()).containsExactly("我的待办", "首页", "统计看板", "申报管理", "申报批次", "技术创新中心", "年度报告", "绩效评估", "优秀中心", "变更申请", "工程中心名录", "单位管理", "专家库", "批量抽取专家组", "党组会议", "公示管理", "异议管理", "政策对比",
                "政策目录",
                "工作日日历", "修改密码");
    }

    @Test
    @WithUserDetails("applicant")
    void anApplicantSeesOnlyTheirOwnPages() {
        assertThat(menu()).containsExactly("我的待办", "首页", "统计看板", "申报管理", "申报批次", "本单位", "技术创新中心", "年度报告", "绩效评估", "变更申请", "申请转建", "修改密码");
    }

    @Test
    @WithUserDetails("county")
    void aCountyReviewerSeesTheUnitsOfTheirBody() {
        assertThat(menu()).containsExactly("我的待办", "首页", "统计看板", "申报管理", "申报批次", "技术创新中心", "年度报告", "绩效评估", "优秀中心", "变更申请", "单位管理", "修改密码");
    }

    @Test
    @WithUserDetails("expert")
    void anExpertSeesTheirAssignmentsButNoApplicationsList() {
        assertThat(menu()).containsExactly("我的待办", "首页", "统计看板", "我的评审任务", "绩效评估", "修改密码");
    }

    @Test
    @WithUserDetails("auditor")
    void anAuditorSeesTheAuditLogAndNoBusinessScreen() {
        assertThat(menu()).containsExactly("我的待办", "首页", "统计看板", "审计记录", "修改密码");
    }

    /**
     * A role's menu is worked out once and is the menu Vaadin's access checks give; the tests above, each a role of its
     * own in one application, show that one role's menu is not served to another.
     */
    @Test
    @WithUserDetails("county")
    void aRolesMenuIsWorkedOutOnceAsVaadinWorksItOut() {
        List<MenuEntry> first = menus.forCurrentUser();
        assertThat(menus.forCurrentUser()).isSameAs(first);
        assertThat(first).isEqualTo(MenuConfiguration.getMenuEntries()).isNotEmpty();
    }

    /**
     * Outside a request (work in the background) Vaadin checks no access and lists no menu entries: that list is not
     * kept for the role, whose next menu in a request is the one Vaadin's checks give.
     */
    @Test
    @WithMockUser(username = "menu-probe", roles = "MENU_PROBE")
    void aMenuWorkedOutOutsideARequestIsNotKept() {
        VaadinRequest request = VaadinRequest.getCurrent();
        List<MenuEntry> outside;
        CurrentInstance.set(VaadinRequest.class, null);
        try {
            outside = menus.forCurrentUser();
        } finally {
            CurrentInstance.set(VaadinRequest.class, request);
        }
        assertThat(outside).isEmpty();
        assertThat(menus.forCurrentUser()).isEqualTo(MenuConfiguration.getMenuEntries()).isNotEmpty();
    }
}

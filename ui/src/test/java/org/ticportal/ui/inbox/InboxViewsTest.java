package org.ticportal.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;


import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.ui.PortalDay;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.XinzhouSamples;
import org.ticportal.ui.applications.ApplicationView;

/**
 * 我的待办 and 通知 as the county reviewer of 忻府区 uses them: an application the demo applicant submitted waits in the
 * county's inbox with its time limit in working days, overdue marked once the limit passed, and one click opens it;
 * the county was told in a notification, which a click marks read and the bell stops counting. Bureau staff, whose
 * step it is not yet, have nothing of it in their inbox.
 */
class InboxViewsTest extends ViewTestBase {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    JdbcTemplate jdbc;

    private String submitted() {
        return XinzhouSamples.submittedToCounty(security, applications, attachments, "待办新材料");
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid(String id) {
        return find(Grid.class).withId(id).single();
    }

    private int rowOf(Grid<Object> grid, String reference) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getCellText(i, 0).equals(reference)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    @WithUserDetails("county")
    void theCountySeesTheSubmittedApplicationWithItsTimeLimitAndOpensItWithOneClick() {
        String reference = submitted();
        navigate(org.ticportal.ui.home.HomeView.class);
        navigate(InboxView.class);
        Grid<Object> grid = grid("inbox-applications");
        int row = rowOf(grid, reference);
        assertThat(row).as("the submitted application waits for the county").isNotNegative();
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("县（市、区）科技主管部门审核推荐");
        assertThat(test(grid).getCellText(row, 3)).contains("推荐");
        Span deadline = (Span) test(grid).getCellComponent(row, "deadline");
        assertThat(deadline.getText()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日（剩余\\d+个工作日）");
        // what 首页 shows is still there, below
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("home-scope").single().getText())
                .contains("忻府区");

        // the time limit passed: marked overdue
        jdbc.update("update recognition_application set stage_due = ? where reference_no = ?",
                PortalDay.today().minusDays(1), reference);
        navigate(org.ticportal.ui.home.HomeView.class);
        navigate(InboxView.class);
        grid = grid("inbox-applications");
        row = rowOf(grid, reference);
        Span overdue = (Span) test(grid).getCellComponent(row, "deadline");
        assertThat(overdue.getText()).startsWith("已超期");
        assertThat(overdue.getElement().getThemeList()).contains("badge", "error");

        test(grid).clickRow(row);
        assertThat(getCurrentView()).isInstanceOf(ApplicationView.class);
    }

    @Test
    @WithUserDetails("county")
    void theCountyIsToldAndAClickMarksTheNotificationReadAndOpensTheApplication() {
        String reference = submitted();
        navigate(NotificationsView.class);
        Grid<Object> grid = grid("notifications");
        int row = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getCellComponent(i, "subject").getElement().getTextRecursively().contains(reference)) {
                row = i;
                break;
            }
        }
        assertThat(row).as("the county was told").isNotNegative();
        String text = test(grid).getCellComponent(row, "subject").getElement().getTextRecursively();
        assertThat(text).contains("县（市、区）科技主管部门审核推荐", "我的待办");
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("未读");
        Span bellCount = find(Span.class).withId("notification-count").single();
        long before = Long.parseLong(bellCount.getText());
        assertThat(before).isPositive();

        test(grid).clickRow(row);
        assertThat(getCurrentView()).isInstanceOf(ApplicationView.class);
        assertThat(find(Span.class).withId("notification-count").single().getText())
                .isEqualTo(Long.toString(before - 1));
    }

    @Test
    @WithUserDetails("bureau")
    void theBureauHasNothingOfAnApplicationStillWithTheCounty() {
        String reference = submitted();
        navigate(org.ticportal.ui.home.HomeView.class);
        navigate(InboxView.class);
        // other tests of this shared database may leave work for the bureau (applications, evaluations, change
        // requests): the application is in none of its lists, and 暂无待办事项 shows exactly when no list does (a user
        // with nothing open at all: InboxCenterWorkViewsTest)
        if (!find(Grid.class).withId("inbox-applications").all().isEmpty()) {
            assertThat(rowOf(grid("inbox-applications"), reference)).isNegative();
        }
        boolean anyList = !find(com.vaadin.flow.component.html.Div.class).all().stream()
                .filter(d -> d.hasClassName("inbox-section")).toList().isEmpty();
        assertThat(find(Paragraph.class).withId("inbox-none").all()).hasSize(anyList ? 0 : 1);
        if (!anyList) {
            assertThat(find(Paragraph.class).withId("inbox-none").single().getText()).isEqualTo("暂无待办事项。");
        }
    }
}

package org.ticportal.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.change.ChangeRequestDraft;
import org.ticportal.core.change.ChangeRequestService;
import org.ticportal.core.evaluation.EvaluationRoundService;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.Acting;
import org.ticportal.ui.CenterSamples;
import org.ticportal.ui.PortalDay;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.changes.ChangeRequestView;
import org.ticportal.ui.evaluations.EvaluationView;
import org.ticportal.ui.home.HomeView;
import org.ticportal.ui.UniqueNames;

/**
 * 我的待办 and 通知 for the centers' work (Browserless, Xinzhou): once the bureau opened a round, the lead unit finds
 * its center's self-assessment in 我的待办 with the deadline, and a click opens the evaluation; once the lead unit filed
 * a rename, the county (the first approver) finds it waiting, and a click opens the request; the notifications about
 * them open the same pages.
 */
class InboxCenterWorkViewsTest extends ViewTestBase {

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
    EvaluationRoundService roundService;
    @Autowired
    ChangeRequestService changes;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    UnitRepository units;
    @Autowired
    UserService users;

    private CenterRow recognised() {
        long id = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices, notices,
                jdbc);
        return Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(id)).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid(String id) {
        return find(Grid.class).withId(id).single();
    }

    private int rowOf(Grid<Object> grid, String centerName) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getCellText(i, 0).equals(centerName)) {
                return i;
            }
        }
        return -1;
    }

    private int notificationAbout(String text) {
        Grid<Object> grid = grid("notifications");
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getCellComponent(i, "subject").getElement().getTextRecursively().contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    @WithUserDetails("applicant")
    void theLeadUnitFindsItsSelfAssessmentAndOpensTheEvaluationWithOneClick() {
        CenterRow center = recognised();
        jdbc.update("update center set recognized_on = ? where id = ?", PortalDay.today().minusYears(3).minusDays(1),
                center.id());
        Acting.as(security, "bureau", Role.BUREAU, () -> roundService.openRound("待办绩效评估", PortalDay.today()));

        navigate(HomeView.class);
        navigate(InboxView.class);
        Grid<Object> grid = grid("inbox-evaluations");
        int row = rowOf(grid, center.name());
        assertThat(row).as("the self-assessment waits for the lead unit").isNotNegative();
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("绩效自评");
        assertThat(test(grid).getCellText(row, 3)).isEqualTo("提交自评报告");
        Span deadline = (Span) test(grid).getCellComponent(row, "deadline");
        assertThat(deadline.getText()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日（剩余\\d+个工作日）");

        test(grid).clickRow(row);
        assertThat(getCurrentView()).isInstanceOf(EvaluationView.class);
        assertThat(find(H2.class).withId("evaluation-center").single().getText()).isEqualTo(center.name());

        // the notification of the round opens the same evaluation
        navigate(NotificationsView.class);
        int told = notificationAbout(center.name());
        assertThat(told).as("the lead unit was told").isNotNegative();
        test(grid("notifications")).clickRow(told);
        assertThat(getCurrentView()).isInstanceOf(EvaluationView.class);
        assertThat(find(H2.class).withId("evaluation-center").single().getText()).isEqualTo(center.name());
    }

    @Test
    @WithUserDetails("county")
    void theCountyFindsTheRenameWaitingAndOpensTheRequestWithOneClick() {
        CenterRow center = recognised();
        Acting.as(security, "applicant", Role.APPLICANT, () -> changes.file(center.id(),
                new ChangeRequestDraft("RENAME", "先进" + UniqueNames.suffix() + "材料", null, null, null, null, "聚焦先进材料，申请更名"),
                "更名申请.pdf", new ByteArrayInputStream("%PDF-1.7 letter".getBytes(StandardCharsets.US_ASCII))));

        navigate(HomeView.class);
        navigate(InboxView.class);
        Grid<Object> grid = grid("inbox-changes");
        int row = rowOf(grid, center.name());
        assertThat(row).as("the rename waits for the county").isNotNegative();
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("更名");
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("组织管理部门审核（第1步，共2步）");

        test(grid).clickRow(row);
        assertThat(getCurrentView()).isInstanceOf(ChangeRequestView.class);
        assertThat(find(H2.class).withId("change-title").single().getText()).contains(center.name());

        // the county's notification opens the request too
        navigate(NotificationsView.class);
        int told = notificationAbout(center.name());
        assertThat(told).as("the county was told").isNotNegative();
        test(grid("notifications")).clickRow(told);
        assertThat(getCurrentView()).isInstanceOf(ChangeRequestView.class);
        assertThat(find(H2.class).withId("change-title").single().getText()).contains(center.name());
    }

    /**
     * A lead unit with nothing open: its user of its own (no other test's data can wait for it) is told that nothing
     * waits, and no list is shown.
     */
    @Test
    void aLeadUnitWithNothingOpenIsToldThatNothingWaits() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        Unit unit = units.save(new Unit("无待办有限公司" + suffix, TemplateSamples.creditCode(suffix), "990101",
                java.time.Instant.now()));
        String applicant = "vin" + suffix;
        Acting.as(security, "admin", Role.ADMIN, () -> users.create(new UserDraft(applicant, "申报人", null, null,
                Role.APPLICANT, null, unit.getId())));
        // as if the user had set their own password at the first login (else the portal asks for it first)
        jdbc.update("update app_user set must_change_password = false where username = ?", applicant);
        Acting.as(security, applicant, Role.APPLICANT, () -> {
            navigate(HomeView.class);
            navigate(InboxView.class);
            for (String id : java.util.List.of("inbox-applications", "inbox-units", "inbox-assignments",
                    "inbox-evaluations", "inbox-changes")) {
                assertThat(find(Grid.class).withId(id).all()).as(id).isEmpty();
            }
            assertThat(find(Paragraph.class).withId("inbox-none").single().getText()).isEqualTo("暂无待办事项。");
            return null;
        });
    }

}

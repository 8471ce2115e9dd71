package org.ticportal.ui.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UnitAccounts;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.Acting;
import org.ticportal.ui.ShanxiSamples;
import org.ticportal.ui.ViewTestBase;

/**
 * Shanxi's unit review (单位审核) on the application's screen: the demo applicant, who administers the demo unit, finds
 * 审核通过 and 退回修改 under 办理 for a submission of a colleague and approves it on to the city; the colleague, who
 * does not administer the unit, sees the same case without these buttons.
 */
class UnitApprovalViewTest extends ViewTestBase {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    UserService users;
    @Autowired
    UnitAccounts unitAccounts;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    @WithUserDetails("applicant")
    void theUnitAdministratorApprovesUnderTheStepsTabAndAColleagueGetsNoButtons() {
        long id = ShanxiSamples.submitted(security, applications, attachments);
        assertThat(Acting.as(security, "applicant", Role.APPLICANT, () -> applications.get(id)).row().stage())
                .isEqualTo("UNIT_REVIEW");
        var invited = Acting.as(security, "applicant", Role.APPLICANT, () -> unitAccounts.inviteColleague(
                new UserDraft("shanxi-colleague", "申报经办人", null, null, Role.APPLICANT, null, null)));
        String colleague = invited.user().getUsername();
        Acting.as(security, colleague, Role.APPLICANT, () -> {
            users.changeOwnPassword(invited.oneTimePassword(), "Kollege#2026x");
            return null;
        });

        List<String> colleagueButtons = Acting.as(security, colleague, Role.APPLICANT, () -> {
            UI.getCurrent().navigate("applications/" + id);
            return stepButtons();
        });
        assertThat(colleagueButtons).as("the steps tab is shown, without the approval").contains("action-WITHDRAW")
                .doesNotContain("action-APPROVE", "action-RETURN");

        UI.getCurrent().navigate("applications/" + id);
        assertThat(find(Span.class).withId("application-stage").single().getText()).isEqualTo("单位审核");
        assertThat(stepButtons()).contains("action-APPROVE", "action-RETURN");
        assertThat(find(Button.class).withId("action-APPROVE").single().getText()).isEqualTo("审核通过，报送推荐单位");
        test(find(Button.class).withId("action-APPROVE").single()).click();
        if (find(TextArea.class).exists()) {
            find(TextArea.class).first().setValue("同意报送");
        }
        test(find(Button.class).withId("step-confirm").single()).click();
        assertThat(find(Span.class).withId("application-stage").single().getText()).isEqualTo("推荐单位审核推荐");
    }

    private List<String> stepButtons() {
        find(TabSheet.class).withId("application-tabs").single().setSelectedIndex(3);
        return find(Button.class).all().stream().map(b -> b.getId().orElse(""))
                .filter(i -> i.startsWith("action-")).toList();
    }
}

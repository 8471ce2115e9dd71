package org.ticportal.ui.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.user.LoginOrigin;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserAccount;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.ViewTestBase;

class UsersViewTest extends ViewTestBase {

    @Autowired
    UserService users;
    @Autowired
    AuthenticationProvider login;
    @Autowired
    AuditService audit;

    @Test
    @WithUserDetails("admin")
    void anAdministratorUnlocksAnAccountAttackedFromManySourcesAndTheHistoryShowsIt() {
        UserAccount user = users.create(new UserDraft("attacked.expert", "被攻击的专家", null, null, Role.EXPERT, null,
                null)).user();
        for (int i = 1; i <= 10; i++) {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated("attacked.expert", "guess-" + i);
            attempt.setDetails(LoginOrigin.of("198.18.0." + i, null));
            assertThatThrownBy(() -> login.authenticate(attempt)).isInstanceOf(BadCredentialsException.class);
        }
        navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<UserAccount> grid = find(Grid.class).withId("users-grid").single();
        TextField text = (TextField) grid.getHeaderRows().get(1).getCell(grid.getColumnByKey("user.username"))
                .getComponent();
        text.setValue("attacked.expert");
        assertThat(test(grid).getCellText(0, 4)).startsWith("已锁定至");
        test(grid).clickRow(0);

        test(find(Button.class).withId("user-unlock").single()).click();

        assertThat(users.get(user.getId()).getLockedUntil()).isNull();
        assertThat(audit.history(AuditSubject.USER, user.getId().toString(), PageRequest.of(0, 50)).getContent())
                .extracting(AuditEvent::getAction).contains("LOGIN_FAILED", "LOCKED", "UNLOCKED");
    }

    @Test
    @WithUserDetails("admin")
    void theGridListsTheDemoAccountsAndFiltersByRoleInTheDatabase() {
        navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).withId("users-grid").single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(5);

        // filter fields sit in the grid's second header row
        @SuppressWarnings("unchecked")
        Select<Role> role = (Select<Role>) grid.getHeaderRows().get(1).getCell(grid.getColumnByKey("user.role"))
                .getComponent();
        role.setValue(Role.COUNTY);
        assertThat(test(grid).size()).as("忻府区 for the city, 忻州市 for the province").isEqualTo(2);
        java.util.Map<String, String> scopes = new java.util.HashMap<>();
        for (int row = 0; row < 2; row++) {
            scopes.put(test(grid).getCellText(row, 0), test(grid).getCellText(row, 3));
        }
        assertThat(scopes.get("county")).contains("忻府区");
        assertThat(scopes.get("city")).contains("忻州市");
    }

    @Test
    @WithUserDetails("admin")
    void creatingAUserShowsTheOneTimePasswordOnce() {
        navigate(UsersView.class);
        test(find(Button.class).withId("new-user").single()).click();
        test(find(TextField.class).withId("user-username").single()).setValue("wang.expert");
        test(find(TextField.class).withId("user-displayName").single()).setValue("王专家");
        @SuppressWarnings("unchecked")
        Select<Role> role = find(Select.class).withId("user-role").single();
        role.setValue(Role.EXPERT);
        test(find(Button.class).withId("user-save").single()).click();

        Span password = find(Span.class).withId("one-time-password").single();
        assertThat(password.getText()).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    @WithUserDetails("admin")
    void aBadUserNameIsRefusedAtTheFieldByTheServer() {
        navigate(UsersView.class);
        test(find(Button.class).withId("new-user").single()).click();
        TextField username = find(TextField.class).withId("user-username").single();
        test(username).setValue("王");
        test(find(TextField.class).withId("user-displayName").single()).setValue("王专家");
        test(find(Button.class).withId("user-save").single()).click();

        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("用户名须为3–64位字母、数字、点、下划线或连字符");
        assertThat(find(Span.class).withId("one-time-password").exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void aCountyReviewerWithoutRecommendingBodyIsRefusedAtThatField() {
        navigate(UsersView.class);
        test(find(Button.class).withId("new-user").single()).click();
        test(find(TextField.class).withId("user-username").single()).setValue("li.county");
        test(find(TextField.class).withId("user-displayName").single()).setValue("李审核");
        @SuppressWarnings("unchecked")
        Select<Role> role = find(Select.class).withId("user-role").single();
        role.setValue(Role.COUNTY);
        test(find(Button.class).withId("user-save").single()).click();

        var body = find(ComboBox.class).withId("user-body").single();
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo("推荐单位审核人员必须指定推荐单位");
    }

    @Test
    @WithUserDetails("bureau")
    void bureauStaffCannotOpenUserManagement() {
        assertThatThrownBy(() -> navigate(UsersView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }
}

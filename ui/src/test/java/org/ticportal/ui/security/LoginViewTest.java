package org.ticportal.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.ticportal.ui.ViewTestBase;

/** A refused login shows one message, whatever the reason, and the message names no reason. */
class LoginViewTest extends ViewTestBase {

    private String shownAfter(String reason) {
        UI.getCurrent().navigate("login", QueryParameters.of(reason, ""));
        LoginForm form = find(LoginForm.class).single();
        return form.isError() ? String.valueOf(form.getElement().getPropertyRaw("i18n")) : "no error";
    }

    @Test
    void aRefusedLoginShowsTheOneMessageThatTellsNothingAboutTheAccount() {
        String refused = shownAfter("error");
        assertThat(refused).contains("无法登录").contains("用户名或密码不正确，或暂时不能从此处登录")
                .doesNotContain("锁定").doesNotContain("停用").doesNotContain("5次");
        for (String oldReason : new String[] {"locked", "disabled"}) {
            assertThat(shownAfter(oldReason)).as(oldReason).doesNotContain("锁定").doesNotContain("停用");
        }
    }
}

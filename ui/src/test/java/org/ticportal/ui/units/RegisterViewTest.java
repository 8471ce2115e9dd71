package org.ticportal.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.ticportal.core.registration.Challenge;
import org.ticportal.core.registration.RegistrationChoices.JurisdictionChoice;
import org.ticportal.core.registration.RegistrationChoices.Option;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.core.unit.UnitFilter;
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.unit.UnitState;
import org.ticportal.policy.api.CreditCode;
import org.ticportal.ui.ViewTestBase;

/** The public registration page, as someone who is not signed in uses it. */
class RegisterViewTest extends ViewTestBase {

    @Autowired
    UnitService units;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    @WithAnonymousUser
    void thePageOffersEveryJurisdictionWithItsDivisionsAndTheMunicipalChannel() {
        navigate(RegisterView.class);
        Select<JurisdictionChoice> jurisdiction = jurisdiction();
        assertThat(jurisdiction.getListDataView().getItems().map(JurisdictionChoice::code))
                .contains("140000", "140900");
        jurisdiction.setValue(jurisdiction.getListDataView().getItems()
                .filter(j -> j.code().equals("140900")).findFirst().orElseThrow());
        assertThat(division().getListDataView().getItems().filter(Option::direct).map(Option::code))
                .containsExactly("140900");
        assertThat(division().getListDataView().getItems().map(Option::code)).contains("140902", "140981");
    }

    @Test
    @WithAnonymousUser
    void aWrongCreditCodeAndAWrongAnswerAreShownAtTheirFieldsAndTheQuestionChanges() {
        navigate(RegisterView.class);
        fill("91140902MA0TEST00X", "wrongcode");
        Challenge asked = challenge();
        test(find(TextField.class).withId("register-answer").single()).setValue(
                Integer.toString(asked.left() + asked.right()));
        test(find(Button.class).withId("register-submit").single()).click();

        TextField creditCode = find(TextField.class).withId("register-creditCode").single();
        assertThat(creditCode.isInvalid()).isTrue();
        assertThat(creditCode.getErrorMessage()).contains("统一社会信用代码").contains("无效");
        assertThat(challenge()).as("a question is answered once").isNotNull().isNotSameAs(asked);

        test(find(TextField.class).withId("register-answer").single()).setValue("999");
        test(find(Button.class).withId("register-submit").single()).click();
        TextField answer = find(TextField.class).withId("register-answer").single();
        assertThat(answer.isInvalid()).isTrue();
        assertThat(answer.getErrorMessage()).isEqualTo("验证题答案不正确，请重新计算");
    }

    @Test
    @WithAnonymousUser
    void aCompleteRegistrationWaitsForItsCounty() {
        navigate(RegisterView.class);
        String code = code("VIEW");
        fill(code, "viewunit" + System.nanoTime() % 100000);
        test(find(Upload.class).withId("register-licence").single()).upload("营业执照.pdf", "application/pdf",
                "%PDF-1.7 licence".getBytes(StandardCharsets.US_ASCII));
        Challenge asked = challenge();
        test(find(TextField.class).withId("register-answer").single()).setValue(
                Integer.toString(asked.left() + asked.right()));
        test(find(Button.class).withId("register-submit").single()).click();

        assertThat(find(Paragraph.class).withId("register-done").single().getText()).contains("测试注册单位")
                .contains("等待确认");
        var saved = Acting.as(security, "admin", Role.ADMIN, () -> units.list(UnitFilter.NONE.withText(code),
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent());
        assertThat(saved).singleElement().satisfies(u -> {
            assertThat(u.getState()).isEqualTo(UnitState.PENDING);
            assertThat(u.getConfirmingBodyCode()).isEqualTo("140902");
            assertThat(u.getLicence()).isNotNull();
        });
    }

    private void fill(String creditCode, String username) {
        Select<JurisdictionChoice> jurisdiction = jurisdiction();
        jurisdiction.setValue(jurisdiction.getListDataView().getItems()
                .filter(j -> j.code().equals("140900")).findFirst().orElseThrow());
        division().setValue(division().getListDataView().getItems().filter(o -> o.code().equals("140902"))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Option> category = find(Select.class).withId("register-category").single();
        category.setValue(category.getListDataView().getItems().filter(o -> o.code().equals("INSTITUTE"))
                .findFirst().orElseThrow());
        test(find(TextField.class).withId("register-name").single()).setValue("测试注册单位" + username);
        test(find(TextField.class).withId("register-creditCode").single()).setValue(creditCode);
        test(find(TextField.class).withId("register-contactName").single()).setValue("张联系");
        test(find(TextField.class).withId("register-contactPhone").single()).setValue("0350-3030303");
        test(find(EmailField.class).withId("register-contactEmail").single()).setValue("contact@example.cn");
        test(find(TextField.class).withId("register-username").single()).setValue(username);
        test(find(TextField.class).withId("register-displayName").single()).setValue("王管理");
        test(find(PasswordField.class).withId("register-password").single()).setValue("Register#Unit2026");
        test(find(PasswordField.class).withId("register-passwordAgain").single()).setValue("Register#Unit2026");
    }

    @SuppressWarnings("unchecked")
    private Select<JurisdictionChoice> jurisdiction() {
        return find(Select.class).withId("register-jurisdiction").single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Option> division() {
        return find(ComboBox.class).withId("register-division").single();
    }

    private static Challenge challenge() {
        return (Challenge) VaadinSession.getCurrent().getAttribute(RegisterView.CHALLENGE);
    }

    static String code(String tag) {
        String digits = Long.toString(Math.abs((tag + System.nanoTime()).hashCode() % 100000000L) + 100000000L)
                .substring(1);
        String first17 = "92140902" + digits + "0";
        return first17 + CreditCode.checkCharacter(first17);
    }

}

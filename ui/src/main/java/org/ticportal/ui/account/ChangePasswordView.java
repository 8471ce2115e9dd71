package org.ticportal.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.ticportal.core.common.BusinessException;
import org.ticportal.core.user.PasswordState;
import org.ticportal.core.user.SecurityPolicyProperties;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;

/**
 * 修改密码: every user changes their own password here; users with a one-time or expired password are sent here
 * before anything else. The rules are checked on the server; errors show at the field they concern.
 */
@Route("account/password")
@Menu(title = "nav.password", order = 90, icon = "vaadin:key")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    ChangePasswordView(UserService users, SecurityPolicyProperties rules) {
        this.users = users;
        addClassName("change-password-view");
        PasswordState state = users.passwordState();
        if (state.mustChange()) {
            add(notice("password.mustChange"));
        } else if (state.expired()) {
            add(notice("password.expired"));
        } else {
            add(new Paragraph(getTranslation("password.expiresOn", Formats.date(state.expiresAt(), getLocale()))));
        }
        add(new Paragraph(getTranslation("password.rules", rules.passwordMinLength(), rules.passwordMinClasses(),
                rules.passwordHistory(), rules.passwordMaxAge().toDays())));

        current.setId("current-password");
        current.setLabel(getTranslation("password.current"));
        current.setRequired(true);
        fresh.setId("new-password");
        fresh.setLabel(getTranslation("password.new"));
        fresh.setRequired(true);
        repeat.setId("repeat-password");
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setRequired(true);
        FormLayout form = new FormLayout(current, fresh, repeat);
        form.setMaxWidth("32em");

        Button save = new Button(getTranslation("password.save"), e -> save());
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, save);
    }

    private Paragraph notice(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("notice");
        return p;
    }

    private void save() {
        current.setInvalid(false);
        fresh.setInvalid(false);
        repeat.setInvalid(false);
        if (current.isEmpty()) {
            invalid(current, "password.required");
            return;
        }
        if (fresh.isEmpty()) {
            invalid(fresh, "password.required");
            return;
        }
        if (!fresh.getValue().equals(repeat.getValue())) {
            invalid(repeat, "password.mismatch");
            return;
        }
        try {
            users.changeOwnPassword(current.getValue(), fresh.getValue());
        } catch (BusinessException e) {
            PasswordField field = "currentPassword".equals(e.getField()) ? current : fresh;
            field.setErrorMessage(Messages.describe(this, e));
            field.setInvalid(true);
            return;
        }
        current.clear();
        fresh.clear();
        repeat.clear();
        Messages.success(this, "password.changed");
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    private void invalid(PasswordField field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.password");
    }
}

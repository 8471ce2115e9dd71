package org.ticportal.ui.security;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.ticportal.ui.base.LanguageSwitch;

/**
 * 登录: user name and password. A refused login shows one message whatever the reason (wrong password, unknown name,
 * locked source, disabled or protected account), so the page tells nobody which accounts exist.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(null));

        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("login-title");
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassName("login-subtitle");
        Anchor register = new Anchor("register", getTranslation("login.register"));
        register.setId("login-register");
        Anchor notices = new Anchor("public/notices", getTranslation("login.notices"));
        notices.setId("login-notices");
        Anchor registry = new Anchor("public/centers", getTranslation("login.registry"));
        registry.setId("login-registry");
        add(title, subtitle, login, new HorizontalLayout(register, notices, registry), new LanguageSwitch());
    }

    private LoginI18n i18n(String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        String key = errorKey == null ? "error" : errorKey;
        error.setTitle(getTranslation("login." + key + ".title"));
        error.setMessage(getTranslation("login." + key + ".message"));
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // refusals have one reason on purpose ("error"); only a state of the portal itself may add another
        for (String reason : List.of("unavailable", "error")) {
            if (parameters.containsKey(reason)) {
                login.setI18n(i18n(reason));
                login.setError(true);
                return;
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.title");
    }
}

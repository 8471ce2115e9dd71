package org.ticportal.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.stereotype.Component;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.account.ChangePasswordView;

/**
 * Sends a user whose password is a one-time password, or has expired, to the password change before any other view.
 */
@Component
class PasswordChangeEnforcer implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;
    private final UserService users;

    PasswordChangeEnforcer(AuthenticationContext authentication, UserService users) {
        this.authentication = authentication;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        // an error page must open even when the check itself failed (the database is away)
        if (target == ChangePasswordView.class || target == LoginView.class
                || HasErrorParameter.class.isAssignableFrom(target) || !authentication.isAuthenticated()) {
            return;
        }
        if (users.passwordState().changeRequired()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}

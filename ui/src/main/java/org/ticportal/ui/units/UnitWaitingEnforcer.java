package org.ticportal.ui.units;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.stereotype.Component;
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.account.ChangePasswordView;

/**
 * Sends the users of a unit whose registration is not confirmed (waiting or refused) to 本单位, which says so, from
 * every other screen: they can sign in but not work until their confirming body confirms the unit. Services refuse
 * filing by such a unit as well.
 */
@Component
class UnitWaitingEnforcer implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;
    private final UserService users;
    private final UnitService units;

    UnitWaitingEnforcer(AuthenticationContext authentication, UserService users, UnitService units) {
        this.authentication = authentication;
        this.users = users;
        this.units = units;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == MyUnitView.class || target == ChangePasswordView.class || target == RegisterView.class
                || !authentication.isAuthenticated()
                || !authentication.hasRole(Role.APPLICANT.name())) {
            return;
        }
        AccessScope scope = users.currentScope();
        if (scope.unitId() != null && units.find(scope.unitId()).filter(u -> !u.isConfirmed()).isPresent()) {
            event.forwardTo(MyUnitView.class);
        }
    }
}

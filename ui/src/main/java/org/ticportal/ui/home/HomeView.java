package org.ticportal.ui.home;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.ticportal.core.application.ApplicationChoices;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.calendar.CalendarWarnings;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.base.ViewTitles;

/**
 * 首页: each role's duties under the measures, its scope, the policy in force and, for an applicant, the calls open now
 * ({@link HomeOverview}). The landing page is the inbox (我的待办), which shows the same below what waits.
 */
@Route("home")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(UserService users, PolicyService policies, JurisdictionPolicyService jurisdictions, UnitService units,
             CalendarWarnings calendarWarnings, WorkingDayCalendar calendar, ApplicationChoices choices,
             ApplicationService applications, PortalTime time) {
        addClassName("home-view");
        add(new HomeOverview(users, policies, jurisdictions, units, calendarWarnings, calendar, choices,
                applications, time));
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.home");
    }
}

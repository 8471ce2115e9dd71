package org.ticportal.ui.home;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import org.ticportal.core.application.ApplicationChoices;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.calendar.CalendarWarnings;
import org.ticportal.core.call.CallSummary;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.user.PasswordState;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserAccount;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.PolicyStatus;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.applications.ApplicationsView;
import org.ticportal.ui.calendar.MissingYearWarning;
import org.ticportal.ui.catalogs.CatalogsView;
import org.ticportal.ui.plugins.PluginsView;
import org.ticportal.ui.users.UsersView;

/**
 * What 首页 shows each role — its duties under the measures, its scope, and the policy in force; for an applicant the
 * calls open now; for those the calendar service warns, a missing year of the working-day calendar. Shown on 首页 and
 * below the inbox (我的待办), the landing page.
 */
public class HomeOverview extends VerticalLayout {

    public HomeOverview(UserService users, PolicyService policies, JurisdictionPolicyService jurisdictions,
                        UnitService units, CalendarWarnings calendarWarnings, WorkingDayCalendar calendar,
                        ApplicationChoices choices, ApplicationService applications, PortalTime time) {
        addClassName("home-overview");
        setPadding(false);
        UserAccount user = users.currentUser().orElseThrow();
        Locale locale = getLocale();
        // read once for the scope line and the policy card (each read asks the database for the assignments)
        List<Jurisdiction> all = jurisdictions.jurisdictions();

        add(new H2(getTranslation("home.welcome", user.getDisplayName())));
        MissingYearWarning.due(calendarWarnings, calendar, true).ifPresent(this::add);
        add(card("home.role", getTranslation("role." + user.getRole().name()),
                new Paragraph(getTranslation("home.duties." + user.getRole().name()))));

        Div scope = new Div();
        scope.setId("home-scope");
        if (user.getRole() == Role.COUNTY && user.getRecommendingBodyCode() != null) {
            String code = user.getRecommendingBodyCode();
            String name = policies.recommendingBodyNames(locale).getOrDefault(code, code);
            scope.setText(getTranslation("home.scope.body", name));
        } else if (user.getRole() == Role.APPLICANT && user.getUnitId() != null) {
            scope.setText(units.find(user.getUnitId()).map(u -> getTranslation("home.scope.unit", u.getName(),
                    u.getCreditCode())).orElse(""));
        } else if (user.getRole() == Role.BUREAU && user.getJurisdictionCode() != null) {
            String code = user.getJurisdictionCode();
            String name = all.stream().filter(j -> j.code().equals(code)).findFirst()
                    .map(j -> j.name().get(locale)).orElse(code);
            scope.setText(getTranslation("home.scope.jurisdiction", name, code));
        } else {
            scope.setText(getTranslation("home.scope.all"));
        }
        add(card("home.scope", null, scope));

        if (user.getRole() == Role.APPLICANT && choices.mayFile()) {
            add(openCallsCard(choices, applications, time, locale));
        }
        if (user.getRole() == Role.APPLICANT) {
            RouterLink mine = new RouterLink(getTranslation("centers.mine"), org.ticportal.ui.centers.CentersView.class);
            mine.setId("home-my-centers");
            add(card("nav.centers", null, mine));
        }
        add(policyCard(all, locale));

        PasswordState password = users.passwordState();
        add(card("home.account", null, new Paragraph(getTranslation("home.passwordExpires",
                Formats.date(password.expiresAt(), locale))),
                new Paragraph(user.getPreviousLoginAt() == null ? getTranslation("home.firstLogin")
                        : getTranslation("home.lastLogin", Formats.dateTime(user.getPreviousLoginAt(), locale)))));

        if (user.getRole() == Role.ADMIN) {
            Div links = new Div(new RouterLink(getTranslation("nav.users"), UsersView.class),
                    new RouterLink(getTranslation("nav.plugins"), PluginsView.class),
                    new RouterLink(getTranslation("nav.catalogs"), CatalogsView.class));
            links.addClassName("quick-links");
            add(card("home.adminTasks", null, links));
        }
    }

    /**
     * The calls open now in the jurisdictions the applicant's unit may file in: title, close time (in the portal's
     * zone), and a link that opens a new application in the call.
     */
    private Component openCallsCard(ApplicationChoices choices, ApplicationService applications, PortalTime time,
                                    Locale locale) {
        Div body = new Div();
        body.setId("home-calls");
        for (Jurisdiction j : choices.forNewApplication()) {
            List<CallSummary> open;
            try {
                open = applications.filingOptions(j.code()).openCalls();
            } catch (RuntimeException e) {
                continue; // the jurisdiction's policy cannot be read now: nothing to offer there
            }
            for (CallSummary call : open) {
                Div entry = new Div();
                entry.addClassName("call-entry");
                RouterLink link = new RouterLink(getTranslation("home.calls.apply"), ApplicationsView.class);
                link.setQueryParameters(QueryParameters.simple(Map.of(ApplicationsView.NEW_IN_JURISDICTION, j.code(),
                        ApplicationsView.NEW_IN_CALL, Long.toString(call.id()))));
                link.setId("home-call-" + call.id());
                entry.add(new H4(call.title()), new Paragraph(getTranslation("home.calls.closes", j.name().get(locale),
                        Formats.dateTime(time.local(call.closesAt()), locale))), link);
                body.add(entry);
            }
        }
        if (body.getComponentCount() == 0) {
            body.add(new Paragraph(getTranslation("home.calls.none")));
        }
        return card("home.calls", null, body);
    }

    private Component policyCard(List<Jurisdiction> all, Locale locale) {
        Div body = new Div();
        body.setId("home-policy");
        if (all.isEmpty()) {
            body.add(new Paragraph(getTranslation("home.policy.none")));
            return card("home.policy", null, body);
        }
        for (Jurisdiction j : all) {
            StartedPolicy policy = j.active();
            Div entry = new Div();
            entry.addClassName("policy-entry");
            entry.add(new H4(j.name().get(locale)));
            if (policy == null) {
                entry.add(new Paragraph(getTranslation("home.policy.notRunning", j.assignedPolicyId())));
                body.add(entry);
                continue;
            }
            var identity = policy.identity();
            entry.add(new Paragraph("《" + identity.title().get(locale) + "》"
                    + (identity.documentNumber().isBlank() ? "" : "（" + identity.documentNumber() + "）")));
            entry.add(new Paragraph(getTranslation("home.policy.issuer", identity.issuer().get(locale))));
            entry.add(new Paragraph(getTranslation("home.policy.status", getTranslation(
                    identity.status() == PolicyStatus.TRIAL ? "policy.status.TRIAL" : "policy.status.FINAL"))));
            entry.add(new Paragraph(getTranslation("home.policy.effective", identity.effectiveDateIfKnown()
                    .map(d -> Formats.date(d, locale)).orElse(getTranslation("policy.notStated")))));
            entry.add(new Paragraph(getTranslation("home.policy.plugin", policy.pin().pluginId(),
                    policy.pin().pluginVersion())));
            body.add(entry);
        }
        return card("home.policy", null, body);
    }

    private Div card(String titleKey, String badge, Component... content) {
        H3 title = new H3(getTranslation(titleKey));
        Div card = new Div(title);
        if (badge != null) {
            Span b = new Span(badge);
            b.getElement().getThemeList().add("badge");
            b.addClassName("card-badge");
            title.add(b);
        }
        card.add(content);
        card.addClassName("card");
        return card;
    }
}

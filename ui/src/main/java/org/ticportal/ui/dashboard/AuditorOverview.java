package org.ticportal.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditStatistics;
import org.ticportal.core.common.GroupCount;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.ui.audit.AuditLabels;
import org.ticportal.ui.audit.AuditView;

/**
 * An auditor's (审计员) {@link DashboardView}, who reads the audit trail and nothing else: its records of the last
 * {@value DashboardView#AUDIT_DAYS} days, the failed and refused logins and the exports among them, and the records by
 * action — each opening 审计记录 filtered to that action and period.
 */
class AuditorOverview extends VerticalLayout {

    /** The audit actions an auditor's figures single out: failed and refused logins, exports of data. */
    static final List<AuditAction> AUDIT_FIGURES = List.of(AuditAction.LOGIN_FAILED, AuditAction.LOGIN_REFUSED,
            AuditAction.EXPORTED);

    AuditorOverview(AuditStatistics audit, PolicyService policies, LocalDate today) {
        DashboardCards cards = new DashboardCards(this);
        Locale locale = getLocale();
        LocalDate from = today.minusDays(DashboardView.AUDIT_DAYS - 1L);
        AuditLabels labels = new AuditLabels(this::getTranslation, locale, policies.procedureNames());
        List<AuditStatistics.ActionCount> byAction = audit.byAction(from, today);
        List<GroupCount> actions = new ArrayList<>();
        for (AuditStatistics.ActionCount a : byAction) {
            String name = labels.action(a.subjectType(), a.action(), a.fromState());
            actions.add(new GroupCount(a.action(), new LocalizedText(name, name), a.count()));
        }
        String period = AuditView.FROM + "=" + from + "&" + AuditView.TO + "=" + today;
        String route = "admin/audit";
        Div figures = DashboardCards.figures(cards.figure("dashboard-audit-total", "dashboard.figure.auditTotal",
                GroupCount.total(actions),
                getTranslation("dashboard.figure.auditTotal.detail", DashboardView.AUDIT_DAYS),
                route + "?" + period));
        for (AuditAction action : AUDIT_FIGURES) {
            long count = actions.stream().filter(c -> c.code().equals(action.code())).mapToLong(GroupCount::count)
                    .sum();
            figures.add(cards.figure("dashboard-audit-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "dashboard.figure.audit." + action.name(), count,
                    getTranslation("dashboard.figure.auditTotal.detail", DashboardView.AUDIT_DAYS),
                    route + "?" + AuditView.ACTION + "=" + action.code() + "&" + period));
        }
        Component byActionCard = cards.chart("chart-audit-action", "dashboard.chart.auditByAction", actions,
                ChartOptions.bars(actions, locale), c -> {
                    Map<String, String> query = new LinkedHashMap<>();
                    query.put(AuditView.ACTION, c.code());
                    query.put(AuditView.FROM, from.toString());
                    query.put(AuditView.TO, today.toString());
                    return query;
                }, route);
        // a month's trail holds many actions: a bar's height each, so that every action's name reads
        byActionCard.getChildren().filter(EChart.class::isInstance).findFirst()
                .ifPresent(c -> ((EChart<?>) c).setHeight(Math.max(260, 22 * actions.size() + 40) + "px"));
        Div charts = new Div(byActionCard);
        charts.addClassName("dashboard-charts");
        add(figures, charts);
        setPadding(false);
    }
}

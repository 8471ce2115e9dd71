package org.ticportal.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.ticportal.core.common.GroupCount;
import org.ticportal.core.evaluation.EvaluationStatistics;
import org.ticportal.core.expert.ExpertStatistics;
import org.ticportal.core.expert.MemberState;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.ui.evaluations.EvaluationsView;
import org.ticportal.ui.experts.ExpertHomeView;

/**
 * An expert's (评审专家) {@link DashboardView}: their own panel seats — to declare, to score, past the time limit — and
 * the evaluations they have still to score, each opening 我的评审任务 or 绩效评估 filtered to exactly those; the seats by
 * state as a ring. Everything is counted in the database over the expert's own seats only.
 */
class ExpertOverview extends VerticalLayout {

    ExpertOverview(ExpertStatistics experts, EvaluationStatistics evaluations) {
        DashboardCards cards = new DashboardCards(this);
        Locale locale = getLocale();
        Map<MemberState, Long> byState = experts.seatsByState();
        List<GroupCount> states = new ArrayList<>();
        byState.forEach((state, count) -> {
            String name = getTranslation("panel.state." + state.name());
            states.add(new GroupCount(state.name(), new LocalizedText(name, name), count));
        });
        String home = "expert";
        String evaluationsRoute = "evaluations";
        Div figures = DashboardCards.figures(
                cards.figure("dashboard-seats-drawn", "dashboard.figure.seatsDrawn",
                        byState.getOrDefault(MemberState.DRAWN, 0L),
                        getTranslation("dashboard.figure.seatsDrawn.detail"),
                        home + "?" + ExpertHomeView.STATE + "=" + MemberState.DRAWN.name()),
                cards.figure("dashboard-seats-declared", "dashboard.figure.seatsDeclared",
                        byState.getOrDefault(MemberState.DECLARED, 0L),
                        getTranslation("dashboard.figure.seatsDeclared.detail"),
                        home + "?" + ExpertHomeView.STATE + "=" + MemberState.DECLARED.name()),
                DashboardCards.overdueFigure(cards.figure("dashboard-seats-overdue", "dashboard.figure.seatsOverdue",
                        experts.overdue(), getTranslation("dashboard.figure.seatsOverdue.detail"),
                        home + "?" + ExpertHomeView.OVERDUE + "=1")),
                cards.figure("dashboard-to-score", "dashboard.figure.toScore", evaluations.toScore(),
                        getTranslation("dashboard.figure.toScore.detail"),
                        evaluationsRoute + "?" + EvaluationsView.FILTER_TO_SCORE + "=1"),
                DashboardCards.overdueFigure(cards.figure("dashboard-scores-overdue", "dashboard.figure.scoresOverdue",
                        evaluations.scoresOverdue(), getTranslation("dashboard.figure.scoresOverdue.detail"),
                        evaluationsRoute + "?" + EvaluationsView.FILTER_TO_SCORE + "=1&"
                                + EvaluationsView.FILTER_OVERDUE + "=1")),
                cards.figure("dashboard-seats", "dashboard.figure.seats", GroupCount.total(states), null, home));
        Div charts = new Div(cards.chart("chart-seats-state", "dashboard.chart.seatsByState", states,
                ChartOptions.ring(states, locale), c -> Map.of(ExpertHomeView.STATE, c.code()), home));
        charts.addClassName("dashboard-charts");
        add(figures, charts);
        setPadding(false);
    }
}

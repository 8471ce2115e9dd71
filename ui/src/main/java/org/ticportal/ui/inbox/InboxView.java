package org.ticportal.ui.inbox;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.PermitAll;

import org.springframework.data.domain.PageRequest;
import org.ticportal.core.application.ApplicationChoices;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.WaitingCase;
import org.ticportal.core.application.WaitingWork;
import org.ticportal.core.calendar.CalendarWarnings;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.change.ChangeRequestQueries;
import org.ticportal.core.change.WaitingChange;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.evaluation.EvaluationInbox;
import org.ticportal.core.evaluation.EvaluationViews;
import org.ticportal.core.expert.ExpertPanelService;
import org.ticportal.core.expert.MemberState;
import org.ticportal.core.expert.PanelViews;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.applications.ApplicationView;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.ViewTitles;
import org.ticportal.ui.changes.ChangeRequestView;
import org.ticportal.ui.evaluations.EvaluationView;
import org.ticportal.ui.experts.AssignmentView;
import org.ticportal.ui.home.HomeOverview;
import org.ticportal.ui.units.UnitsView;

/**
 * 我的待办, every role's landing page: what waits for the user now — the applications whose current step is theirs
 * (with the stage, the steps, since when, and the time limit in working days, overdue marked), the unit registrations
 * and change requests they confirm, an expert's panel assignments, the centers' evaluations whose step is theirs (the
 * lead unit's self-assessment and rectification report, the reviews, an expert's scoring, the bureau's decision and
 * re-check, with their time limits) and the centers' change requests whose approval step is theirs (or, returned, the
 * lead unit's to revise) — each selected in the database within the user's scope, bounded or paged, and opened with
 * one click; below, what 首页 shows ({@link HomeOverview}).
 */
@Route("")
@Menu(title = "nav.inbox", order = -1, icon = "vaadin:tasks")
@PermitAll
public class InboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PAGE = 50;

    private final WaitingWork waiting;
    private final EvaluationInbox evaluations;
    private final ChangeRequestQueries changes;
    private final UnitService units;
    private final ExpertPanelService panels;
    private final UserService users;
    private final PortalTime time;
    private final java.util.function.Supplier<HomeOverview> overview;

    InboxView(WaitingWork waiting, UnitService units, ExpertPanelService panels, UserService users,
              PolicyService policies, JurisdictionPolicyService jurisdictions, CalendarWarnings calendarWarnings,
              WorkingDayCalendar calendar, ApplicationChoices choices, ApplicationService applications,
              PortalTime time, EvaluationInbox evaluations, ChangeRequestQueries changes) {
        this.waiting = waiting;
        this.evaluations = evaluations;
        this.changes = changes;
        this.units = units;
        this.panels = panels;
        this.users = users;
        this.time = time;
        this.overview = () -> new HomeOverview(users, policies, jurisdictions, units, calendarWarnings, calendar,
                choices, applications, time);
        addClassName("inbox-view");
    }

    /** Built on every entry, also when the user opens 我的待办 again while on it: what waits changes. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Role role = users.currentScope().role();
        Locale locale = getLocale();
        int sections = 0;
        if (role == Role.EXPERT) {
            if (panels.myWaitingAssignments(PageRequest.of(0, 1)).hasContent()) {
                add(section("inbox.assignments", assignments(panels)));
                sections++;
            }
        } else if (role != Role.ADMIN && role != Role.AUDITOR) {
            WaitingWork.WaitingList list = waiting.forMe(WaitingWork.MAX_LIST);
            if (!list.cases().isEmpty()) {
                Div content = new Div(applicationsGrid(list, time, locale));
                if (list.more()) {
                    Paragraph more = new Paragraph(getTranslation("inbox.more", WaitingWork.MAX_LIST));
                    more.setId("inbox-more");
                    content.add(more);
                }
                add(section("inbox.applications", content));
                sections++;
            }
        }
        if ((role == Role.COUNTY || role == Role.BUREAU)
                && units.awaitingMyDecision(PageRequest.of(0, 1)).hasContent()) {
            add(section("inbox.units", unitsGrid(units, locale)));
            sections++;
        }
        if (role != Role.ADMIN && role != Role.AUDITOR) {
            EvaluationViews.WaitingList evaluationList = evaluations.waitingForMe(EvaluationInbox.MAX_WAITING);
            if (!evaluationList.rows().isEmpty()) {
                add(section("inbox.evaluations", bounded(evaluationsGrid(evaluationList, locale),
                        evaluationList.more(), "inbox.evaluations.more", EvaluationInbox.MAX_WAITING)));
                sections++;
            }
        }
        if (role != Role.ADMIN && role != Role.EXPERT && role != Role.AUDITOR) {
            WaitingChange.WaitingList changeList = changes.waitingForMe(ChangeRequestQueries.MAX_WAITING);
            if (!changeList.rows().isEmpty()) {
                add(section("inbox.changes", bounded(changesGrid(changeList, locale), changeList.more(),
                        "inbox.changes.more", ChangeRequestQueries.MAX_WAITING)));
                sections++;
            }
        }
        if (sections == 0) {
            Paragraph none = new Paragraph(getTranslation("inbox.none"));
            none.setId("inbox-none");
            add(none);
        }
        add(overview.get());
    }

    private Component section(String titleKey, Component content) {
        Div section = new Div(new H3(getTranslation(titleKey)), content);
        section.addClassName("inbox-section");
        section.setWidthFull();
        return section;
    }

    /** The waiting applications: a bounded list (see {@link WaitingWork#forMe(int)}), longest waiting first. */
    private Grid<WaitingCase> applicationsGrid(WaitingWork.WaitingList list, PortalTime time, Locale locale) {
        Grid<WaitingCase> grid = new Grid<>();
        grid.setId("inbox-applications");
        // the texts wrap, so that the time limit stays in sight beside long stage and step names
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setPageSize(PAGE);
        grid.addColumn(WaitingCase::referenceNo).setHeader(getTranslation("inbox.referenceNo")).setAutoWidth(true)
                .setFlexGrow(0).setKey("referenceNo");
        grid.addColumn(WaitingCase::title).setHeader(getTranslation("inbox.title")).setFlexGrow(2);
        grid.addColumn(c -> c.stageName().get(locale)).setHeader(getTranslation("inbox.stage")).setFlexGrow(2);
        grid.addColumn(c -> String.join(getTranslation("inbox.stepSeparator"),
                c.steps().stream().map(s -> s.get(locale)).toList())).setHeader(getTranslation("inbox.steps"))
                .setFlexGrow(2);
        grid.addColumn(c -> Formats.dateTime(time.local(c.since()), locale)).setHeader(getTranslation("inbox.since"))
                .setFlexGrow(1);
        grid.addComponentColumn(c -> deadline(c, locale)).setHeader(getTranslation("inbox.deadline"))
                .setFlexGrow(2).setKey("deadline");
        grid.setItems(list.cases());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                new RouteParameters("id", Long.toString(e.getItem().id())))));
        return grid;
    }

    /** A bounded list, and below it where the rest is found when it holds fewer than wait. */
    private Component bounded(Grid<?> grid, boolean more, String moreKey, int max) {
        Div content = new Div(grid);
        if (more) {
            Paragraph paragraph = new Paragraph(getTranslation(moreKey, max));
            paragraph.setId(grid.getId().orElse("inbox") + "-more");
            content.add(paragraph);
        }
        return content;
    }

    /** The waiting evaluations (see {@link EvaluationInbox#waitingForMe(int)}), longest waiting first. */
    private Grid<EvaluationViews.Waiting> evaluationsGrid(EvaluationViews.WaitingList list, Locale locale) {
        Grid<EvaluationViews.Waiting> grid = new Grid<>();
        grid.setId("inbox-evaluations");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setPageSize(PAGE);
        grid.addColumn(EvaluationViews.Waiting::centerName).setHeader(getTranslation("inbox.center"))
                .setFlexGrow(2).setKey("center");
        grid.addColumn(EvaluationViews.Waiting::leadUnitName).setHeader(getTranslation("inbox.leadUnit"))
                .setFlexGrow(2);
        grid.addColumn(w -> w.stepName() == null ? getTranslation("inbox.evaluation.rectifying")
                : w.stepName().get(locale)).setHeader(getTranslation("inbox.stage")).setFlexGrow(1);
        grid.addColumn(w -> getTranslation("inbox.evaluation.task." + w.task().name()))
                .setHeader(getTranslation("inbox.steps")).setFlexGrow(2).setKey("task");
        grid.addColumn(w -> Formats.dateTime(time.local(w.since()), locale)).setHeader(getTranslation("inbox.since"))
                .setFlexGrow(1);
        grid.addComponentColumn(w -> deadline(w.due(), w.daysLeft(), w.overdue(), locale))
                .setHeader(getTranslation("inbox.deadline")).setFlexGrow(2).setKey("deadline");
        grid.setItems(list.rows());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EvaluationView.class,
                new RouteParameters("id", Long.toString(e.getItem().id())))));
        return grid;
    }

    /** The waiting change requests (see {@link ChangeRequestQueries#waitingForMe(int)}), longest waiting first. */
    private Grid<WaitingChange> changesGrid(WaitingChange.WaitingList list, Locale locale) {
        Grid<WaitingChange> grid = new Grid<>();
        grid.setId("inbox-changes");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setPageSize(PAGE);
        grid.addColumn(WaitingChange::centerName).setHeader(getTranslation("inbox.center")).setFlexGrow(2)
                .setKey("center");
        grid.addColumn(c -> c.typeName().get(locale)).setHeader(getTranslation("inbox.change.type")).setFlexGrow(1);
        grid.addColumn(c -> c.returned() ? getTranslation("inbox.change.resubmit")
                : getTranslation("inbox.change.step", getTranslation("changes.actor." + c.approver().name()),
                        c.stepNo(), c.steps())).setHeader(getTranslation("inbox.steps")).setFlexGrow(2).setKey("task");
        grid.addColumn(c -> Formats.dateTime(time.local(c.since()), locale)).setHeader(getTranslation("inbox.since"))
                .setFlexGrow(1);
        grid.addColumn(c -> getTranslation("inbox.noDeadline")).setHeader(getTranslation("inbox.deadline"))
                .setFlexGrow(1);
        grid.setItems(list.rows());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ChangeRequestView.class,
                new RouteParameters("id", Long.toString(e.getItem().id())))));
        return grid;
    }

    /** The time limit: its last day and the working days left, or 已超期 marked; nothing without a limit. */
    private Component deadline(WaitingCase c, Locale locale) {
        return deadline(c.due(), c.daysLeft(), c.overdue(), locale);
    }

    private Component deadline(java.time.@org.jspecify.annotations.Nullable LocalDate due,
                               @org.jspecify.annotations.Nullable Integer daysLeft, boolean overdue, Locale locale) {
        Span span = new Span();
        if (due == null) {
            span.setText(getTranslation("inbox.noDeadline"));
            return span;
        }
        if (overdue) {
            span.setText(getTranslation("inbox.overdue", Formats.date(due, locale)));
            span.getElement().getThemeList().add("badge error");
            span.addClassName("inbox-overdue");
        } else {
            span.setText(getTranslation("inbox.due", Formats.date(due, locale), daysLeft));
            if (daysLeft != null && daysLeft <= 2) {
                span.getElement().getThemeList().add("badge contrast");
            }
        }
        return span;
    }

    private Grid<Unit> unitsGrid(UnitService units, Locale locale) {
        Grid<Unit> grid = new Grid<>();
        grid.setId("inbox-units");
        grid.setAllRowsVisible(true);
        grid.setPageSize(PAGE);
        grid.addColumn(Unit::getName).setHeader(getTranslation("inbox.unit.name")).setFlexGrow(1);
        grid.addColumn(Unit::getCreditCode).setHeader(getTranslation("inbox.unit.creditCode")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.hasChangeRequest() ? "inbox.unit.change" : "inbox.unit.registration"))
                .setHeader(getTranslation("inbox.steps")).setAutoWidth(true);
        grid.addColumn(u -> Formats.dateTime(u.hasChangeRequest() ? u.getRequestedAt() : u.getCreatedAt(), locale))
                .setHeader(getTranslation("inbox.since")).setAutoWidth(true);
        grid.setItems(query -> units.awaitingMyDecision(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) units.awaitingMyDecision(PageRequest.of(0, 1)).getTotalElements());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(UnitsView.class)));
        return grid;
    }

    private Grid<PanelViews.Assignment> assignments(ExpertPanelService panels) {
        Grid<PanelViews.Assignment> grid = new Grid<>();
        grid.setId("inbox-assignments");
        grid.setAllRowsVisible(true);
        grid.setPageSize(PAGE);
        grid.addColumn(PanelViews.Assignment::referenceNo).setHeader(getTranslation("inbox.referenceNo"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.centerName() == null ? a.unitName() : a.centerName())
                .setHeader(getTranslation("inbox.title")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation(a.state() == MemberState.DRAWN ? "inbox.expert.declare"
                : a.state() == MemberState.DECLARED ? "inbox.expert.score" : "inbox.expert.conclude"))
                .setHeader(getTranslation("inbox.steps")).setAutoWidth(true);
        grid.setItems(query -> panels.myWaitingAssignments(VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) panels.myWaitingAssignments(PageRequest.of(0, 1)).getTotalElements());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AssignmentView.class,
                new RouteParameters("id", Long.toString(e.getItem().applicationId())))));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.inbox");
    }
}

package org.ticportal.ui.evaluations;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.evaluation.EvaluationFilter;
import org.ticportal.core.evaluation.EvaluationReader;
import org.ticportal.core.evaluation.EvaluationReminderService;
import org.ticportal.core.evaluation.EvaluationRoundService;
import org.ticportal.core.evaluation.EvaluationState;
import org.ticportal.core.evaluation.EvaluationViews;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.evaluation.Outcome;
import org.ticportal.ui.base.DatePickers;
import org.ticportal.ui.base.AddressFilterNote;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;

/**
 * 绩效评估 (art. 14): the bureau's rounds (开启评估批次 for the centers due by a day) and every evaluation the user may
 * see — the bureau its jurisdiction's, a district the centers it supervises, a lead unit its own, an expert those
 * they were drawn for — paged, sorted and filtered in the database; a click opens the evaluation.
 */
@Route("evaluations")
@Menu(title = "nav.evaluations", order = 8.2, icon = "vaadin:chart")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY", "APPLICANT", "EXPERT"})
public class EvaluationsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Query parameter that opens the grid on the running evaluations past their step's time limit ({@code =1}). */
    public static final String FILTER_OVERDUE = "overdue";
    /** Query parameter that opens it on those whose step's time limit ends within the days ({@code ?due=90}). */
    public static final String FILTER_DUE = "due";
    /**
     * Query parameter that opens it on the running evaluations the user (an expert) has still to score on their own
     * seat ({@code ?toScore=1}; with {@value #FILTER_OVERDUE}, those of them past their step's time limit).
     */
    public static final String FILTER_TO_SCORE = "toScore";

    private final EvaluationRoundService roundService;
    private final PortalTime time;
    private final FilterGrid<EvaluationViews.Row, EvaluationFilter> grid;
    private final Grid<EvaluationViews.RoundRow> rounds = new Grid<>();
    private final AddressFilterNote addressNote = new AddressFilterNote("evaluations");

    EvaluationsView(EvaluationReader evaluations, EvaluationRoundService roundService,
                    EvaluationReminderService reminders, UserService users, PortalTime time) {
        this.roundService = roundService;
        this.time = time;
        addClassName("evaluations-view");
        setSizeFull();
        Locale locale = getLocale();
        Role role = users.currentScope().role();
        boolean bureau = role == Role.BUREAU;
        boolean staff = bureau || role == Role.ADMIN;

        grid = new FilterGrid<>(EvaluationFilter.ALL, evaluations::list, evaluations::count);
        grid.setId("evaluations-grid");
        var center = grid.addColumn("evaluations.center", EvaluationViews.Row::centerName, "centerName")
                .setFlexGrow(3);
        grid.addColumn("evaluations.leadUnit", EvaluationViews.Row::leadUnitName, "leadUnitName").setFlexGrow(2);
        var state = grid.addColumn("evaluations.state", r -> getTranslation("evaluations.state." + r.state().name()),
                "state");
        grid.addColumn("evaluations.step", r -> r.stepName() == null ? "" : r.stepName().get(locale), null);
        grid.addColumn("evaluations.due", r -> r.stepDue() == null ? "" : Formats.date(r.stepDue(), locale)
                + (r.overdue() ? " " + getTranslation("evaluations.overdue") : ""), "stepDue");
        grid.addColumn("evaluations.score", r -> r.score() == null ? "" : r.score().toPlainString(), "score");
        grid.addColumn("evaluations.grade", r -> r.grade() == null ? "" : r.grade().get(locale), null);
        var outcome = grid.addColumn("evaluations.outcome", r -> r.outcome() == null ? ""
                : getTranslation("evaluations.outcome." + r.outcome().name())
                + (r.outstanding() ? " · " + getTranslation("evaluations.outstanding") : ""), "outcome");
        grid.textFilter(center, EvaluationFilter::withText).setId("evaluations-text-filter");
        grid.selectFilter(state, List.of(EvaluationState.values()),
                s -> getTranslation("evaluations.state." + s.name()), EvaluationFilter::withState)
                .setId("evaluations-state-filter");
        grid.selectFilter(outcome, Arrays.asList(Outcome.values()),
                o -> getTranslation("evaluations.outcome." + o.name()), EvaluationFilter::withOutcome)
                .setId("evaluations-outcome-filter");
        grid.addItemClickListener(e -> open(e.getItem().id()));

        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.addClassName("view-toolbar");
        if (bureau) {
            Button open = new Button(getTranslation("evaluations.round.open"), Icons.create(VaadinIcon.PLUS),
                    e -> openRound());
            open.setId("evaluation-round-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(open);
        }
        toolbar.add(grid.columnChooser(), grid.exportButton("nav.evaluations"), grid.viewsButton("evaluations"));
        Paragraph help = new Paragraph(getTranslation("evaluations.help"));
        help.addClassName("field-help");
        add(toolbar, help);
        if (staff) {
            rounds.setId("evaluation-rounds-grid");
            rounds.addColumn(EvaluationViews.RoundRow::title).setHeader(getTranslation("evaluations.round.title"))
                    .setFlexGrow(3);
            rounds.addColumn(r -> Formats.date(r.openedOn(), locale))
                    .setHeader(getTranslation("evaluations.round.openedOn"));
            rounds.addColumn(r -> Formats.date(r.dueBy(), locale)).setHeader(getTranslation("evaluations.round.dueBy"));
            rounds.addColumn(r -> Formats.date(r.submissionDue(), locale))
                    .setHeader(getTranslation("evaluations.round.submissionDue"));
            rounds.addColumn(EvaluationViews.RoundRow::centers).setHeader(getTranslation("evaluations.round.centers"));
            rounds.setItems(q -> roundService.rounds(PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                    q -> (int) roundService.roundCount());
            rounds.setAllRowsVisible(true);
            rounds.addItemClickListener(e -> grid.setFilter(grid.getFilter().withRound(e.getItem().id())));
            Button all = new Button(getTranslation("evaluations.round.all"), e -> grid.setFilter(
                    grid.getFilter().withRound(null)));
            all.setId("evaluation-rounds-all");
            all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(new HorizontalLayout(new H3(getTranslation("evaluations.rounds")), all), rounds);
        }
        add(new H3(getTranslation("evaluations.list")));
        if (staff) {
            add(new EvaluationReminderBar(grid, reminders));
        }
        add(addressNote, grid);
        expand(grid);
    }

    /**
     * Sets the overdue, falling-due or to-score filter from the query, said above the grid (its header cannot show
     * it).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        LocalDate today = time.today();
        Locale locale = getLocale();
        String note = null;
        if (grid.getFilter().stepDueTo() != null) {
            grid.setFilter(grid.getFilter().withAnyStepDue());
        }
        boolean toScore = query.containsKey(FILTER_TO_SCORE);
        if (grid.getFilter().toScore() != toScore) {
            grid.setFilter(grid.getFilter().withToScore(toScore));
        }
        if (toScore) {
            if (query.containsKey(FILTER_OVERDUE)) {
                grid.setFilter(grid.getFilter().withStepOverdue(today));
                note = getTranslation("dashboard.filter.scoresOverdue", Formats.date(today, locale));
            } else {
                note = getTranslation("dashboard.filter.toScore");
            }
        } else if (query.containsKey(FILTER_OVERDUE)) {
            grid.setFilter(grid.getFilter().withStepOverdue(today));
            note = getTranslation("dashboard.filter.overdueEvaluations", Formats.date(today, locale));
        } else if (query.containsKey(FILTER_DUE)) {
            int days;
            try {
                days = Math.max(0, Integer.parseInt(query.get(FILTER_DUE).getFirst()));
            } catch (NumberFormatException e) {
                days = -1; // not a number of days: no filter
            }
            if (days >= 0) {
                grid.setFilter(grid.getFilter().withStepDueWithin(today, days));
                note = getTranslation("dashboard.filter.stepsDue", days, Formats.date(today, locale),
                        Formats.date(today.plusDays(days), locale));
            }
        }
        addressNote.show(note);
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(EvaluationView.class, new RouteParameters("id", Long.toString(id))));
    }

    /** The dialog that opens a round: title and the day by which centers are due; says how many are due. */
    private void openRound() {
        Dialog dialog = new Dialog(getTranslation("evaluations.round.open"));
        dialog.setId("evaluation-round-dialog");
        Locale locale = getLocale();
        TextField title = new TextField(getTranslation("evaluations.round.title"));
        title.setId("evaluation-round-title");
        title.setWidthFull();
        title.setMaxLength(200);
        title.setValue(getTranslation("evaluations.round.defaultTitle", time.today().getYear()));
        DatePicker dueBy = DatePickers.localized(new DatePicker(getTranslation("evaluations.round.dueBy")), locale,
                this::getTranslation);
        dueBy.setId("evaluation-round-due");
        dueBy.setValue(time.today());
        Span due = new Span();
        due.setId("evaluation-round-count");
        Runnable count = () -> {
            LocalDate day = dueBy.getValue();
            due.setText(day == null ? "" : getTranslation("evaluations.round.dueCount",
                    roundService.dueCount(day)));
        };
        dueBy.addValueChangeListener(e -> count.run());
        count.run();
        Button save = new Button(getTranslation("evaluations.round.start"), e -> {
            try {
                EvaluationViews.RoundRow round = roundService.openRound(title.getValue(), dueBy.getValue() == null
                        ? time.today() : dueBy.getValue());
                dialog.close();
                Messages.success(this, "evaluations.round.opened", round.title(), round.centers());
                rounds.getDataProvider().refreshAll();
                grid.setFilter(grid.getFilter().withRound(round.id()));
            } catch (BusinessException ex) {
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        });
        save.setId("evaluation-round-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(title, dueBy, due));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("520px");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.evaluations");
    }
}

package org.ticportal.ui.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.calendar.CalendarDay;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.calendar.YearSummary;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;

/**
 * The loaded years (source, numbers of special days, who loaded and edited them) and the special days of the year
 * chosen. Those who may edit the calendar (the service says who) also create years, add, change and remove days,
 * change a year's source and read its history.
 */
class CalendarYearsPanel extends VerticalLayout {

    private final WorkingDayCalendar calendar;
    private final AuditService audit;
    private final boolean mayEdit;

    private final Grid<YearSummary> years = new Grid<>();
    private final Grid<CalendarDay> days = new Grid<>();
    private final H3 daysTitle = new H3();
    private final Paragraph daysHint = new Paragraph();
    private final HorizontalLayout dayActions = new HorizontalLayout();
    private @Nullable YearSummary current;
    private boolean refreshing;

    CalendarYearsPanel(WorkingDayCalendar calendar, AuditService audit, boolean mayEdit) {
        this.calendar = calendar;
        this.audit = audit;
        this.mayEdit = mayEdit;
        setPadding(false);
        addClassName("calendar-years-panel");
        yearsGrid();
        daysGrid();
        dayActions.setId("calendar-day-actions");
        HorizontalLayout yearActions = new HorizontalLayout();
        if (mayEdit) {
            Button create = new Button(getTranslation("calendar.year.new"), Icons.create(VaadinIcon.PLUS),
                    e -> YearDialogs.newYear(calendar, this::refresh).open());
            create.setId("year-new");
            yearActions.add(create);
        }
        add(new H3(getTranslation("calendar.years")), yearActions, years, daysTitle, daysHint, dayActions, days);
        refresh(null);
    }

    private void yearsGrid() {
        years.setId("calendar-years");
        years.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        years.addColumn(s -> Integer.toString(s.year().getYear())).setHeader(getTranslation("calendar.year"))
                .setKey("year").setAutoWidth(true).setFlexGrow(0);
        years.addColumn(s -> s.year().getSource()).setHeader(getTranslation("calendar.source")).setKey("source")
                .setFlexGrow(3).setTooltipGenerator(s -> s.year().getSource());
        years.addColumn(s -> Integer.toString(s.holidays())).setHeader(getTranslation("calendar.holidays"))
                .setKey("holidays").setAutoWidth(true).setFlexGrow(0);
        years.addColumn(s -> Integer.toString(s.makeUpDays())).setHeader(getTranslation("calendar.makeUpDays"))
                .setKey("makeUpDays").setAutoWidth(true).setFlexGrow(0);
        years.addColumn(s -> CalendarTexts.byAt(this, getLocale(), s.year().getLoadedBy(),
                        s.year().getLoadedAt()))
                .setHeader(getTranslation("calendar.loaded")).setKey("loaded").setAutoWidth(true);
        years.addColumn(s -> s.year().getUpdatedBy() == null ? ""
                        : CalendarTexts.byAt(this, getLocale(), s.year().getUpdatedBy(), s.year().getUpdatedAt()))
                .setHeader(getTranslation("calendar.edited")).setKey("edited").setAutoWidth(true);
        years.setAllRowsVisible(true);
        ((GridSingleSelectionModel<YearSummary>) years.setSelectionMode(Grid.SelectionMode.SINGLE))
                .setDeselectAllowed(false);
        years.addSelectionListener(e -> {
            if (!refreshing) {
                show(e.getFirstSelectedItem().orElse(null));
            }
        });
    }

    private void daysGrid() {
        days.setId("calendar-days");
        days.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        days.addColumn(d -> Formats.date(d.getDay(), getLocale()) + " " + CalendarTexts.weekday(this, d.getDay()))
                .setHeader(getTranslation("calendar.date")).setKey("date").setAutoWidth(true);
        days.addColumn(d -> getTranslation("calendar.kind." + d.getKind().name()))
                .setHeader(getTranslation("calendar.kind")).setKey("kind").setAutoWidth(true);
        days.addColumn(CalendarDay::getName).setHeader(getTranslation("calendar.name")).setKey("name")
                .setFlexGrow(2);
        if (mayEdit) {
            days.addComponentColumn(this::dayButtons).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        days.setAllRowsVisible(true);
        days.setSelectionMode(Grid.SelectionMode.NONE);
    }

    /** Reloads the years (and the shown year's days), showing {@code year} or else the year shown before. */
    void refresh(@Nullable Integer year) {
        Integer wanted = year != null ? year : current != null ? current.year().getYear() : null;
        List<YearSummary> all = calendar.yearSummaries();
        years.setItems(all);
        Optional<YearSummary> match = all.stream().filter(s -> wanted != null && s.year().getYear() == wanted)
                .findFirst();
        if (match.isEmpty() && wanted == null) {
            int thisYear = LocalDate.now().getYear();
            match = all.stream().filter(s -> s.year().getYear() == thisYear).findFirst()
                    .or(() -> all.stream().findFirst());
        }
        refreshing = true;
        try {
            if (match.isPresent()) {
                years.select(match.get());
            } else {
                years.deselectAll();
            }
        } finally {
            refreshing = false;
        }
        show(match.orElse(null));
        fireEvent(new YearsShownEvent(this));
    }

    Registration addYearsShownListener(ComponentEventListener<YearsShownEvent> listener) {
        return addListener(YearsShownEvent.class, listener);
    }

    private void refresh(int year) {
        refresh(Integer.valueOf(year));
    }

    private void show(@Nullable YearSummary year) {
        current = year;
        dayActions.removeAll();
        if (year == null) {
            daysTitle.setText("");
            daysHint.setText(getTranslation("calendar.days.choose"));
            daysHint.setVisible(true);
            days.setItems(List.of());
            days.setVisible(false);
            return;
        }
        int y = year.year().getYear();
        daysTitle.setText(getTranslation("calendar.days.title", y));
        daysHint.setVisible(false);
        days.setVisible(true);
        days.setItems(calendar.specialDays(y));
        if (mayEdit) {
            Button add = new Button(getTranslation("calendar.day.add"), Icons.create(VaadinIcon.PLUS),
                    e -> new SpecialDayDialog(calendar, year, null, () -> refresh(y)).open());
            add.setId("day-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button source = new Button(getTranslation("calendar.source.edit"), Icons.create(VaadinIcon.EDIT),
                    e -> YearDialogs.source(calendar, year, this::refresh).open());
            source.setId("source-edit");
            Button history = new Button(getTranslation("calendar.history"), Icons.create(VaadinIcon.CLOCK),
                    e -> YearDialogs.history(audit, y).open());
            history.setId("year-history");
            dayActions.add(add, source, history);
        }
    }

    private Component dayButtons(CalendarDay day) {
        String label = Formats.date(day.getDay(), getLocale());
        Button edit = new Button(Icons.create(VaadinIcon.EDIT), e -> {
            if (current != null) {
                YearSummary year = current;
                new SpecialDayDialog(calendar, year, day, () -> refresh(year.year().getYear())).open();
            }
        });
        edit.setId("day-edit-" + day.getDay());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit") + " " + label);
        edit.setTooltipText(getTranslation("action.edit"));
        Button remove = new Button(Icons.create(VaadinIcon.TRASH), e -> remove(day));
        remove.setId("day-remove-" + day.getDay());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("action.remove") + " " + label);
        remove.setTooltipText(getTranslation("action.remove"));
        HorizontalLayout buttons = new HorizontalLayout(edit, remove);
        buttons.setSpacing(false);
        return buttons;
    }

    private void remove(CalendarDay day) {
        YearSummary year = current;
        if (year == null) {
            return;
        }
        String label = Formats.date(day.getDay(), getLocale());
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("calendar.day.remove.title"),
                getTranslation("calendar.day.remove.text", label, day.getName()), getTranslation("action.remove"),
                ok -> {
                    try {
                        calendar.removeSpecialDay(year.year().getYear(), year.year().getVersion(), day.getDay());
                        Messages.success(this, "calendar.day.removed", label);
                    } catch (RuntimeException ex) {
                        Messages.error(this, "error.message", Messages.describe(this, ex));
                    }
                    refresh(year.year().getYear());
                });
        confirm.setId("day-remove-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** The years were read again (after an edit or an import): what depends on which years are loaded may change. */
    static final class YearsShownEvent extends ComponentEvent<CalendarYearsPanel> {

        YearsShownEvent(CalendarYearsPanel source) {
            super(source, false);
        }
    }
}

package org.ticportal.ui.calendar;

import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.calendar.CalendarDay;
import org.ticportal.core.calendar.CalendarYear;
import org.ticportal.core.calendar.ImportResult;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.calendar.WorkingDays;
import org.ticportal.core.calendar.YearSummary;
import org.ticportal.core.common.BusinessException;
import org.ticportal.ui.base.DatePickers;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;

/**
 * 工作日日历: the loaded years with their sources and numbers of special days; a year's special days; the CSV import,
 * run in the background with a progress bar; and a calculator for "is D a working day" and "the end of N working days
 * from D". Bureau staff read; administrators also edit (the service enforces it, the buttons are shown to them only).
 */
@Route("admin/calendar")
@Menu(title = "nav.calendar", order = 40, icon = "vaadin:calendar")
@RolesAllowed({"ADMIN", "BUREAU"})
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    /** The most working days the calculator counts. */
    static final int MAX_CALC_DAYS = 1000;
    private static final int MAX_CSV_BYTES = 1024 * 1024;

    private final WorkingDayCalendar calendar;
    private final AuditService audit;
    private final Executor executor;
    private final boolean admin;

    private final Grid<YearSummary> years = new Grid<>();
    private final Grid<CalendarDay> days = new Grid<>();
    private final H3 daysTitle = new H3();
    private final Paragraph daysHint = new Paragraph();
    private final HorizontalLayout dayActions = new HorizontalLayout();
    private @Nullable YearSummary current;
    private boolean refreshing;

    private final TextField importSource = new TextField();
    private final ProgressBar progress = new ProgressBar();
    private final Span importStatus = new Span();
    private java.util.concurrent.CompletableFuture<Void> lastImport =
            java.util.concurrent.CompletableFuture.completedFuture(null);
    private @Nullable Upload upload;

    private final DatePicker calcDate = new DatePicker();
    private final IntegerField calcDays = new IntegerField();
    private final Paragraph calcResult = new Paragraph();

    CalendarView(WorkingDayCalendar calendar, AuditService audit, AuthenticationContext authentication,
                 @Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor) {
        this.calendar = calendar;
        this.audit = audit;
        this.executor = executor.getIfAvailable(() -> new SimpleAsyncTaskExecutor("calendar-import-"));
        this.admin = authentication.hasRole("ADMIN");
        addClassName("calendar-view");
        setWidthFull();

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
        years.addColumn(s -> byAt(s.year().getLoadedBy(), s.year().getLoadedAt()))
                .setHeader(getTranslation("calendar.loaded")).setKey("loaded").setAutoWidth(true);
        years.addColumn(s -> s.year().getUpdatedBy() == null ? "" : byAt(s.year().getUpdatedBy(),
                s.year().getUpdatedAt())).setHeader(getTranslation("calendar.edited")).setKey("edited")
                .setAutoWidth(true);
        years.setAllRowsVisible(true);
        ((com.vaadin.flow.component.grid.GridSingleSelectionModel<YearSummary>) years
                .setSelectionMode(Grid.SelectionMode.SINGLE)).setDeselectAllowed(false);
        years.addSelectionListener(e -> {
            if (!refreshing) {
                show(e.getFirstSelectedItem().orElse(null));
            }
        });

        days.setId("calendar-days");
        days.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        days.addColumn(d -> Formats.date(d.getDay(), getLocale()) + " " + weekday(d.getDay()))
                .setHeader(getTranslation("calendar.date")).setKey("date").setAutoWidth(true);
        days.addColumn(d -> getTranslation("calendar.kind." + d.getKind().name()))
                .setHeader(getTranslation("calendar.kind")).setKey("kind").setAutoWidth(true);
        days.addColumn(CalendarDay::getName).setHeader(getTranslation("calendar.name")).setKey("name")
                .setFlexGrow(2);
        if (admin) {
            days.addComponentColumn(this::dayButtons).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        days.setAllRowsVisible(true);
        days.setSelectionMode(Grid.SelectionMode.NONE);
        dayActions.setId("calendar-day-actions");

        HorizontalLayout yearActions = new HorizontalLayout();
        if (admin) {
            Button create = new Button(getTranslation("calendar.year.new"), VaadinIcon.PLUS.create(),
                    e -> createYear());
            create.setId("year-new");
            yearActions.add(create);
        }
        Paragraph help = new Paragraph(getTranslation("calendar.help"));
        help.addClassName("field-help");
        add(help, new H3(getTranslation("calendar.years")), yearActions, years, daysTitle, daysHint, dayActions,
                days);
        if (admin) {
            add(importArea());
        }
        add(calculator());
        refresh(null);
    }

    private Component importArea() {
        VerticalLayout area = new VerticalLayout();
        area.setPadding(false);
        area.addClassName("calendar-import");
        Paragraph help = new Paragraph(getTranslation("calendar.import.help"));
        help.addClassName("field-help");
        importSource.setId("import-source");
        importSource.setLabel(getTranslation("calendar.import.source"));
        importSource.setHelperText(getTranslation("calendar.import.source.help"));
        importSource.setMaxLength(CalendarYear.MAX_SOURCE);
        importSource.setWidth("min(44em, 100%)");
        Upload up = new Upload(UploadHandler.inMemory((metadata, data) -> startImport(metadata.fileName(), data)));
        up.setId("calendar-upload");
        up.setMaxFiles(1);
        up.setMaxFileSize(MAX_CSV_BYTES);
        up.setAcceptedFileTypes(".csv", "text/csv");
        up.setUploadButton(new Button(getTranslation("calendar.import.upload"), VaadinIcon.UPLOAD.create()));
        up.setDropLabel(new Span(getTranslation("calendar.import.drop")));
        upload = up;
        progress.setId("import-progress");
        progress.setMin(0);
        progress.setMax(1);
        progress.setVisible(false);
        progress.setWidth("min(44em, 100%)");
        importStatus.setId("import-status");
        area.add(new H3(getTranslation("calendar.import.title")), help, importSource, up, progress, importStatus);
        return area;
    }

    /** Runs the import of an uploaded file in the background; the page polls for its progress meanwhile. */
    void startImport(String fileName, byte[] content) {
        UI ui = UI.getCurrent();
        String source = importSource.getValue();
        importSource.setInvalid(false);
        progress.setValue(0);
        progress.setVisible(true);
        importStatus.setText(getTranslation("calendar.import.running", fileName));
        if (upload != null) {
            upload.setEnabled(false);
        }
        ui.setPollInterval(500);
        Runnable work = () -> {
            try {
                ImportResult result = calendar.importCsv(new InputStreamReader(new ByteArrayInputStream(content),
                        StandardCharsets.UTF_8), source, p -> ui.access(() -> progress.setValue(p.fraction())));
                ui.access(() -> importDone(ui, fileName, result, null));
            } catch (RuntimeException e) {
                ui.access(() -> importDone(ui, fileName, null, e));
            }
        };
        lastImport = java.util.concurrent.CompletableFuture.runAsync(
                new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()), executor);
    }

    /** The import running or last run, done once it has handed its result to the UI. */
    java.util.concurrent.CompletableFuture<Void> lastImport() {
        return lastImport;
    }

    private void importDone(UI ui, String fileName, @Nullable ImportResult result, @Nullable RuntimeException error) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        if (upload != null) {
            upload.setEnabled(true);
            upload.clearFileList();
        }
        if (result != null) {
            String yearList = result.years().stream().map(String::valueOf).collect(Collectors.joining("、"));
            importStatus.setText(getTranslation("calendar.import.done", result.years().size(), yearList,
                    result.days()));
            Messages.success(this, "calendar.import.done", result.years().size(), yearList, result.days());
            refresh(result.years().isEmpty() ? null : result.years().iterator().next());
        } else if (error != null) {
            String message = Messages.describe(this, error);
            importStatus.setText(getTranslation("calendar.import.failed", message));
            if (error instanceof BusinessException b && "source".equals(b.getField())) {
                importSource.setErrorMessage(message);
                importSource.setInvalid(true);
            } else {
                Messages.error(this, "calendar.import.failed", message);
            }
        }
    }

    private Component calculator() {
        VerticalLayout area = new VerticalLayout();
        area.setPadding(false);
        area.addClassName("calendar-calculator");
        DatePickers.localized(calcDate, getLocale(), this::getTranslation);
        calcDate.setId("calc-date");
        calcDate.setLabel(getTranslation("calendar.calc.date"));
        calcDate.setValue(LocalDate.now());
        calcDays.setId("calc-days");
        calcDays.setLabel(getTranslation("calendar.calc.days"));
        calcDays.setMin(1);
        calcDays.setMax(MAX_CALC_DAYS);
        calcDays.setStepButtonsVisible(true);
        calcDays.setValue(5);
        Button check = new Button(getTranslation("calendar.calc.check"), e -> check());
        check.setId("calc-check");
        Button count = new Button(getTranslation("calendar.calc.period"), e -> count());
        count.setId("calc-period");
        count.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(calcDate, check, calcDays, count);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        calcResult.setId("calc-result");
        area.add(new H3(getTranslation("calendar.calc.title")), row, calcResult);
        return area;
    }

    private void check() {
        LocalDate date = calcDate();
        if (date == null) {
            return;
        }
        try {
            WorkingDays.Answer answer = calendar.isWorkingDay(date);
            calcResult.setText(getTranslation(answer.working() ? "calendar.calc.working" : "calendar.calc.notWorking",
                    Formats.date(date, getLocale()), weekday(date))
                    + (answer.provisional() ? getTranslation("calendar.calc.provisional") : ""));
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    private void count() {
        LocalDate date = calcDate();
        if (date == null) {
            return;
        }
        Integer n = calcDays.getValue();
        if (n == null || n < 1 || n > MAX_CALC_DAYS) {
            calcDays.setErrorMessage(getTranslation("calendar.calc.daysRange", MAX_CALC_DAYS));
            calcDays.setInvalid(true);
            return;
        }
        calcDays.setInvalid(false);
        try {
            WorkingDays.Period period = calendar.period(date, n);
            calcResult.setText(getTranslation("calendar.calc.result", Formats.date(date, getLocale()), n,
                    Formats.date(period.first(), getLocale()), Formats.date(period.last(), getLocale()),
                    weekday(period.last()))
                    + (period.provisional() ? getTranslation("calendar.calc.provisional") : ""));
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    private @Nullable LocalDate calcDate() {
        LocalDate date = calcDate.getValue();
        if (date == null) {
            calcDate.setErrorMessage(getTranslation("calendar.calc.dateRequired"));
            calcDate.setInvalid(true);
            return null;
        }
        calcDate.setInvalid(false);
        return date;
    }

    /** Reloads the years (and the shown year's days), showing {@code year} or else the year shown before. */
    private void refresh(@Nullable Integer year) {
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
        if (admin) {
            Button add = new Button(getTranslation("calendar.day.add"), VaadinIcon.PLUS.create(),
                    e -> new SpecialDayDialog(calendar, year, null, () -> refresh(y)).open());
            add.setId("day-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button source = new Button(getTranslation("calendar.source.edit"), VaadinIcon.EDIT.create(),
                    e -> editSource(year));
            source.setId("source-edit");
            Button history = new Button(getTranslation("calendar.history"), VaadinIcon.CLOCK.create(),
                    e -> history(y));
            history.setId("year-history");
            dayActions.add(add, source, history);
        }
    }

    private Component dayButtons(CalendarDay day) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> {
            if (current != null) {
                YearSummary year = current;
                new SpecialDayDialog(calendar, year, day, () -> refresh(year.year().getYear())).open();
            }
        });
        edit.setId("day-edit-" + day.getDay());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit") + " " + Formats.date(day.getDay(), getLocale()));
        edit.setTooltipText(getTranslation("action.edit"));
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(day));
        remove.setId("day-remove-" + day.getDay());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("action.remove") + " " + Formats.date(day.getDay(), getLocale()));
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

    private void editSource(YearSummary year) {
        Dialog dialog = new Dialog();
        dialog.setId("source-dialog");
        dialog.setHeaderTitle(getTranslation("calendar.source.edit") + " · " + year.year().getYear());
        dialog.setWidth("min(40em, 95vw)");
        TextArea text = new TextArea(getTranslation("calendar.source"));
        text.setId("source-text");
        text.setHelperText(getTranslation("calendar.source.help"));
        text.setMaxLength(CalendarYear.MAX_SOURCE);
        text.setWidthFull();
        text.setValue(year.year().getSource());
        dialog.add(text);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                calendar.changeSource(year.year().getYear(), year.year().getVersion(), text.getValue());
                dialog.close();
                Messages.success(this, "calendar.source.saved");
                refresh(year.year().getYear());
            } catch (BusinessException ex) {
                text.setErrorMessage(Messages.describe(this, ex));
                text.setInvalid(true);
            } catch (RuntimeException ex) {
                dialog.close();
                Messages.error(this, "error.message", Messages.describe(this, ex));
                refresh(year.year().getYear());
            }
        });
        save.setId("source-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void createYear() {
        Dialog dialog = new Dialog();
        dialog.setId("year-dialog");
        dialog.setHeaderTitle(getTranslation("calendar.year.new"));
        dialog.setWidth("min(40em, 95vw)");
        IntegerField year = new IntegerField(getTranslation("calendar.year"));
        year.setId("year-number");
        year.setMin(WorkingDayCalendar.FIRST_YEAR);
        year.setMax(WorkingDayCalendar.LAST_YEAR);
        year.setStepButtonsVisible(true);
        int next = calendar.years().stream().mapToInt(CalendarYear::getYear).max().orElse(LocalDate.now().getYear())
                + 1;
        year.setValue(next);
        TextArea source = new TextArea(getTranslation("calendar.source"));
        source.setId("year-source");
        source.setHelperText(getTranslation("calendar.source.help"));
        source.setMaxLength(CalendarYear.MAX_SOURCE);
        source.setWidthFull();
        Paragraph help = new Paragraph(getTranslation("calendar.year.new.help"));
        help.addClassName("field-help");
        dialog.add(new VerticalLayout(help, year, source));
        Button save = new Button(getTranslation("action.save"), e -> {
            year.setInvalid(false);
            source.setInvalid(false);
            if (year.getValue() == null) {
                year.setErrorMessage(getTranslation("calendar.year.range", WorkingDayCalendar.FIRST_YEAR,
                        WorkingDayCalendar.LAST_YEAR));
                year.setInvalid(true);
                return;
            }
            try {
                CalendarYear created = calendar.createYear(year.getValue(), source.getValue());
                dialog.close();
                Messages.success(this, "calendar.year.created", created.getYear());
                refresh(created.getYear());
            } catch (BusinessException ex) {
                var field = "source".equals(ex.getField()) ? source : "year".equals(ex.getField()) ? year : null;
                if (field == null) {
                    Messages.error(this, "error.message", Messages.describe(this, ex));
                } else {
                    field.setErrorMessage(Messages.describe(this, ex));
                    field.setInvalid(true);
                }
            } catch (RuntimeException ex) {
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        });
        save.setId("year-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void history(int year) {
        Dialog dialog = new Dialog();
        dialog.setId("history-dialog");
        dialog.setHeaderTitle(getTranslation("calendar.history.title", year));
        dialog.setWidth("min(64em, 95vw)");
        Grid<AuditEvent> grid = new Grid<>();
        grid.setId("calendar-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt(), getLocale())).setHeader(getTranslation("history.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::getActor).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(e -> action(e.getAction())).setHeader(getTranslation("history.action")).setAutoWidth(true);
        grid.addColumn(e -> e.getFromState() == null ? "" : e.getFromState()).setHeader(getTranslation("history.from"))
                .setFlexGrow(1);
        grid.addColumn(e -> e.getToState() == null ? "" : e.getToState()).setHeader(getTranslation("history.to"))
                .setFlexGrow(1);
        // one year's changes: paged from the database, newest first
        grid.setItems(query -> audit.history(AuditSubject.CALENDAR, Integer.toString(year),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by(Sort.Direction.DESC, "occurredAt")))
                .stream());
        grid.setHeight("24em");
        dialog.add(grid);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private String action(String code) {
        String text = getTranslation("calendar.history.action." + code);
        return text.startsWith("!") ? code : text;
    }

    private String byAt(@Nullable String by, java.time.@Nullable Instant at) {
        return getTranslation("calendar.byAt", by == null ? "" : by, Formats.dateTime(at, getLocale()));
    }

    private String weekday(LocalDate date) {
        String[] names = getTranslation("datepicker.weekdays").split(",");
        return names[date.getDayOfWeek().getValue() % 7].strip();
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.calendar");
    }
}

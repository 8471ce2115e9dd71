package org.ticportal.ui.calendar;

import java.util.concurrent.CompletableFuture;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.calendar.CalendarImportService;
import org.ticportal.core.calendar.CalendarWarnings;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.ui.base.ViewTitles;

/**
 * 工作日日历: the warning when a year is missing, the loaded years and a year's special days
 * ({@link CalendarYearsPanel}), the CSV import run in the background ({@link CalendarImportPanel}), and the
 * working-day calculator ({@link WorkingDayCalculator}). Bureau staff read; administrators also edit — the service says
 * who may ({@link WorkingDayCalendar#mayEdit()}) and checks each edit again.
 */
@Route("admin/calendar")
@Menu(title = "nav.calendar", order = 40, icon = "vaadin:calendar")
@RolesAllowed({"ADMIN", "BUREAU"})
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final @Nullable CalendarImportPanel importPanel;

    CalendarView(WorkingDayCalendar calendar, CalendarImportService imports, CalendarWarnings warnings,
                 AuditService audit) {
        addClassName("calendar-view");
        setWidthFull();
        boolean mayEdit = calendar.mayEdit();
        Div warning = new Div();
        showWarning(warning, warnings, calendar);
        Paragraph help = new Paragraph(getTranslation("calendar.help"));
        help.addClassName("field-help");
        CalendarYearsPanel years = new CalendarYearsPanel(calendar, audit, mayEdit);
        years.addYearsShownListener(e -> showWarning(warning, warnings, calendar));
        add(warning, help, years);
        if (mayEdit) {
            importPanel = new CalendarImportPanel(imports);
            importPanel.addImportedListener(e -> years.refresh(e.years().isEmpty() ? null : e.years().getFirst()));
            add(importPanel);
        } else {
            importPanel = null;
        }
        add(new WorkingDayCalculator(calendar));
    }

    /** The warning that a year is missing, as due now: an import or a new year may have ended it. */
    private static void showWarning(Div slot, CalendarWarnings warnings, WorkingDayCalendar calendar) {
        slot.removeAll();
        MissingYearWarning.due(warnings, calendar, false).ifPresent(slot::add);
        slot.setVisible(slot.getComponentCount() > 0);
    }

    /** The import running or last run, done once it has handed its result to the UI. */
    CompletableFuture<Void> lastImport() {
        return importPanel == null ? CompletableFuture.completedFuture(null) : importPanel.lastImport();
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.calendar");
    }
}

package org.ticportal.ui.calendar;

import java.time.LocalDate;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.calendar.CalendarYear;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.calendar.YearSummary;
import org.ticportal.core.common.BusinessException;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Messages;

/**
 * The dialogs of a calendar year: a new year, the note of where a year comes from, and a year's history. A dialog
 * that changes a year tells {@code changed} which year, so that the screen shows it again.
 */
final class YearDialogs {

    private YearDialogs() {
    }

    /** 新建年度: a year with its source and no special days yet. */
    static Dialog newYear(WorkingDayCalendar calendar, IntConsumer changed) {
        Dialog dialog = new Dialog();
        dialog.setId("year-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("calendar.year.new"));
        dialog.setWidth("min(40em, 95vw)");
        IntegerField year = new IntegerField(dialog.getTranslation("calendar.year"));
        year.setId("year-number");
        year.setMin(WorkingDayCalendar.FIRST_YEAR);
        year.setMax(WorkingDayCalendar.LAST_YEAR);
        year.setStepButtonsVisible(true);
        year.setValue(calendar.years().stream().mapToInt(CalendarYear::getYear).max()
                .orElse(LocalDate.now().getYear()) + 1);
        TextArea source = sourceField(dialog);
        source.setId("year-source");
        Paragraph help = new Paragraph(dialog.getTranslation("calendar.year.new.help"));
        help.addClassName("field-help");
        dialog.add(new VerticalLayout(help, year, source));
        Button save = new Button(dialog.getTranslation("action.save"), e -> {
            year.setInvalid(false);
            source.setInvalid(false);
            if (year.getValue() == null) {
                year.setErrorMessage(dialog.getTranslation("calendar.year.range", WorkingDayCalendar.FIRST_YEAR,
                        WorkingDayCalendar.LAST_YEAR));
                year.setInvalid(true);
                return;
            }
            try {
                CalendarYear created = calendar.createYear(year.getValue(), source.getValue());
                dialog.close();
                Messages.success(dialog, "calendar.year.created", created.getYear());
                changed.accept(created.getYear());
            } catch (BusinessException ex) {
                var field = "source".equals(ex.getField()) ? source : "year".equals(ex.getField()) ? year : null;
                if (field == null) {
                    Messages.error(dialog, "error.message", Messages.describe(dialog, ex));
                } else {
                    field.setErrorMessage(Messages.describe(dialog, ex));
                    field.setInvalid(true);
                }
            } catch (RuntimeException ex) {
                Messages.error(dialog, "error.message", Messages.describe(dialog, ex));
            }
        });
        save.setId("year-save");
        footer(dialog, save);
        return dialog;
    }

    /** 修改来源: the note of where a loaded year's arrangement comes from. */
    static Dialog source(WorkingDayCalendar calendar, YearSummary year, IntConsumer changed) {
        int y = year.year().getYear();
        Dialog dialog = new Dialog();
        dialog.setId("source-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("calendar.source.edit") + " · " + y);
        dialog.setWidth("min(40em, 95vw)");
        TextArea text = sourceField(dialog);
        text.setId("source-text");
        text.setValue(year.year().getSource());
        dialog.add(text);
        Button save = new Button(dialog.getTranslation("action.save"), e -> {
            try {
                calendar.changeSource(y, year.year().getVersion(), text.getValue());
                dialog.close();
                Messages.success(dialog, "calendar.source.saved");
                changed.accept(y);
            } catch (BusinessException ex) {
                text.setErrorMessage(Messages.describe(dialog, ex));
                text.setInvalid(true);
            } catch (RuntimeException ex) {
                dialog.close();
                Messages.error(dialog, "error.message", Messages.describe(dialog, ex));
                changed.accept(y);
            }
        });
        save.setId("source-save");
        footer(dialog, save);
        return dialog;
    }

    /** 修改记录: one year's changes, paged from the database, newest first. */
    static Dialog history(AuditService audit, int year) {
        Dialog dialog = new Dialog();
        dialog.setId("history-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("calendar.history.title", year));
        dialog.setWidth("min(64em, 95vw)");
        Grid<AuditEvent> grid = new Grid<>();
        grid.setId("calendar-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt(), locale))
                .setHeader(dialog.getTranslation("history.when")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getActor).setHeader(dialog.getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(e -> action(dialog, e.getAction())).setHeader(dialog.getTranslation("history.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.getFromState() == null ? "" : e.getFromState())
                .setHeader(dialog.getTranslation("history.from")).setFlexGrow(1);
        grid.addColumn(e -> e.getToState() == null ? "" : e.getToState())
                .setHeader(dialog.getTranslation("history.to")).setFlexGrow(1);
        grid.setItems(query -> audit.history(AuditSubject.CALENDAR, Integer.toString(year),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by(Sort.Direction.DESC, "occurredAt")))
                .stream());
        grid.setHeight("24em");
        dialog.add(grid);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.close"), e -> dialog.close()));
        return dialog;
    }

    private static TextArea sourceField(Dialog dialog) {
        TextArea source = new TextArea(dialog.getTranslation("calendar.source"));
        source.setHelperText(dialog.getTranslation("calendar.source.help"));
        source.setMaxLength(CalendarYear.MAX_SOURCE);
        source.setWidthFull();
        return source;
    }

    private static void footer(Dialog dialog, Button save) {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), save);
    }

    private static String action(Dialog dialog, String code) {
        String text = dialog.getTranslation("calendar.history.action." + code);
        return text.startsWith("!") ? code : text;
    }
}

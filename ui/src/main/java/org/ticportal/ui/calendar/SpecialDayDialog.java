package org.ticportal.ui.calendar;

import java.time.LocalDate;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.calendar.CalendarDay;
import org.ticportal.core.calendar.DayKind;
import org.ticportal.core.calendar.SpecialDayDraft;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.calendar.YearSummary;
import org.ticportal.core.common.BusinessException;
import org.ticportal.ui.base.DatePickers;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Messages;

/**
 * Adds or changes a special day of a loaded year: date, kind, holiday name. Sends the version of the year the
 * administrator saw; the server checks everything and its refusals show at the field they concern.
 */
class SpecialDayDialog extends Dialog {

    private final WorkingDayCalendar calendar;
    private final YearSummary year;
    private final @Nullable CalendarDay existing;
    private final Runnable onSaved;

    private final DatePicker date = new DatePicker();
    private final Select<DayKind> kind = new Select<>();
    private final TextField name = new TextField();

    SpecialDayDialog(WorkingDayCalendar calendar, YearSummary year, @Nullable CalendarDay existing, Runnable onSaved) {
        this.calendar = calendar;
        this.year = year;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("day-dialog");
        setHeaderTitle(getTranslation(existing == null ? "calendar.day.add" : "calendar.day.edit"));
        setWidth("min(36em, 95vw)");

        int y = year.year().getYear();
        DatePickers.localized(date, getLocale(), this::getTranslation);
        date.setId("day-date");
        date.setLabel(getTranslation("calendar.date"));
        date.setRequiredIndicatorVisible(true);
        date.setMin(LocalDate.of(y, 1, 1));
        date.setMax(LocalDate.of(y, 12, 31));
        date.setInitialPosition(LocalDate.of(y, 1, 1));
        kind.setId("day-kind");
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(DayKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("calendar.kind." + k.name()));
        kind.setHelperText(getTranslation("calendar.kind.help"));
        kind.setRequiredIndicatorVisible(true);
        name.setId("day-name");
        name.setLabel(getTranslation("calendar.name"));
        name.setHelperText(getTranslation("calendar.name.help"));
        name.setMaxLength(CalendarDay.MAX_NAME);
        name.setRequired(true);
        if (existing != null) {
            date.setValue(existing.getDay());
            kind.setValue(existing.getKind());
            name.setValue(existing.getName());
        } else {
            kind.setValue(DayKind.HOLIDAY);
        }
        FormLayout form = new FormLayout(date, kind, name);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        form.setColspan(name, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("day-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        date.setInvalid(false);
        kind.setInvalid(false);
        name.setInvalid(false);
        SpecialDayDraft draft = new SpecialDayDraft(date.getValue(), kind.getValue(), name.getValue());
        int y = year.year().getYear();
        long version = year.year().getVersion();
        try {
            CalendarDay saved = existing == null ? calendar.addSpecialDay(y, version, draft)
                    : calendar.changeSpecialDay(y, version, existing.getDay(), draft);
            close();
            onSaved.run();
            Messages.success(this, "calendar.day.saved", Formats.date(saved.getDay(), getLocale()));
        } catch (BusinessException e) {
            HasValidation field = e.getField() == null ? null : switch (e.getField()) {
                case "date" -> date;
                case "kind" -> kind;
                case "name" -> name;
                default -> null;
            };
            if (field == null) {
                Messages.error(this, "error.message", Messages.describe(this, e));
            } else {
                field.setErrorMessage(Messages.describe(this, e));
                field.setInvalid(true);
            }
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
            close();
            onSaved.run();
        }
    }
}

package org.ticportal.ui.calendar;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.calendar.WorkingDays;
import org.ticportal.ui.base.DatePickers;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Messages;

/**
 * 工作日计算: "is D a working day" and "the end of N working days from D", as the service counts them, marked
 * provisional when they run into a year not loaded.
 */
class WorkingDayCalculator extends VerticalLayout {

    /** The most working days the calculator counts. */
    static final int MAX_CALC_DAYS = 1000;

    private final WorkingDayCalendar calendar;
    private final DatePicker calcDate = new DatePicker();
    private final IntegerField calcDays = new IntegerField();
    private final Paragraph calcResult = new Paragraph();

    WorkingDayCalculator(WorkingDayCalendar calendar) {
        this.calendar = calendar;
        setPadding(false);
        addClassName("calendar-calculator");
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
        add(new H3(getTranslation("calendar.calc.title")), row, calcResult);
    }

    private void check() {
        LocalDate date = date();
        if (date == null) {
            return;
        }
        try {
            WorkingDays.Answer answer = calendar.isWorkingDay(date);
            calcResult.setText(getTranslation(answer.working() ? "calendar.calc.working" : "calendar.calc.notWorking",
                    Formats.date(date, getLocale()), CalendarTexts.weekday(this, date))
                    + (answer.provisional() ? getTranslation("calendar.calc.provisional") : ""));
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    private void count() {
        LocalDate date = date();
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
                    CalendarTexts.weekday(this, period.last()))
                    + (period.provisional() ? getTranslation("calendar.calc.provisional") : ""));
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    private @Nullable LocalDate date() {
        LocalDate date = calcDate.getValue();
        if (date == null) {
            calcDate.setErrorMessage(getTranslation("calendar.calc.dateRequired"));
            calcDate.setInvalid(true);
            return null;
        }
        calcDate.setInvalid(false);
        return date;
    }
}

package org.ticportal.ui.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import org.jspecify.annotations.Nullable;
import org.ticportal.ui.base.Formats;

/** Texts the calendar's parts share: the name of a weekday, and "who (when)". */
final class CalendarTexts {

    private CalendarTexts() {
    }

    /** 星期一 … 星期日 (Monday … Sunday), from the date picker's weekday names. */
    static String weekday(Component source, LocalDate date) {
        String[] names = source.getTranslation("datepicker.weekdays").split(",");
        return names[date.getDayOfWeek().getValue() % 7].strip();
    }

    static String byAt(Component source, Locale locale, @Nullable String by, @Nullable Instant at) {
        return source.getTranslation("calendar.byAt", by == null ? "" : by, Formats.dateTime(at, locale));
    }
}

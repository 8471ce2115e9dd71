package org.ticportal.ui.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Date pickers that show dates as users read them: 2026年2月25日 in Chinese, from the bundles' date texts. */
public final class DatePickers {

    private DatePickers() {
    }

    /**
     * @param translate the bundle lookup of the component the picker is in ({@code key -> getTranslation(key)})
     */
    public static DatePicker localized(DatePicker picker, Locale locale, Function<String, String> translate) {
        picker.setLocale(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(list(translate.apply("datepicker.months")));
        i18n.setWeekdays(list(translate.apply("datepicker.weekdays")));
        i18n.setWeekdaysShort(list(translate.apply("datepicker.weekdaysShort")));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(translate.apply("datepicker.today"));
        i18n.setCancel(translate.apply("datepicker.cancel"));
        List<String> formats = list(translate.apply("datepicker.formats"));
        i18n.setDateFormats(formats.get(0), formats.subList(1, formats.size()).toArray(String[]::new));
        picker.setI18n(i18n);
        return picker;
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }
}

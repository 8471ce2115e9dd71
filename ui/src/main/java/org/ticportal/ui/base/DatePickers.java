package org.ticportal.ui.base;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Date pickers that show dates as users read them: 2026年2月25日 in Chinese. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker localized(DatePicker picker, Locale locale) {
        picker.setLocale(locale);
        if (!"en".equals(locale.getLanguage())) {
            DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
            i18n.setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
                    "十一月", "十二月"));
            i18n.setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"));
            i18n.setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"));
            i18n.setFirstDayOfWeek(1);
            i18n.setToday("今天");
            i18n.setCancel("取消");
            i18n.setDateFormats("yyyy年M月d日", "yyyy-MM-dd", "yyyy/M/d");
            picker.setI18n(i18n);
        }
        return picker;
    }
}

package org.ticportal.ui.calendar;

import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.ticportal.core.calendar.CalendarWarning;
import org.ticportal.core.calendar.CalendarWarnings;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.ui.base.Icons;

/**
 * The warning that a year of the working-day calendar is missing (「2027年节假日安排尚未导入：跨年的期限均为暂定」), shown
 * where the service says one is due; for those who may load the year, with a link to the calendar screen.
 */
public final class MissingYearWarning extends Div {

    private MissingYearWarning(CalendarWarning warning, boolean link) {
        setId("calendar-warning");
        addClassNames("calendar-warning", LumoUtility.Background.WARNING_10, LumoUtility.TextColor.WARNING_CONTRAST,
                LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Display.FLEX,
                LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER, LumoUtility.FlexWrap.WRAP);
        getElement().setAttribute("role", "alert");
        setWidth("min(60em, 100%)");
        Span text = new Span(getTranslation(warning.thisYear() ? "calendarWarning.thisYear"
                : "calendarWarning.nextYear", warning.year()));
        text.setId("calendar-warning-text");
        add(Icons.create(VaadinIcon.WARNING), text);
        if (link) {
            RouterLink open = new RouterLink(getTranslation("calendarWarning.link", warning.year()),
                    CalendarView.class);
            open.setId("calendar-warning-link");
            add(open);
        }
    }

    /**
     * The warning due today for the current user, if any.
     *
     * @param withLink whether to link to the calendar screen (not on that screen itself); the link is shown only to
     *                 those who may load a year
     */
    public static Optional<MissingYearWarning> due(CalendarWarnings warnings, WorkingDayCalendar calendar,
                                                   boolean withLink) {
        return warnings.missingYear().map(w -> new MissingYearWarning(w, withLink && calendar.mayEdit()));
    }
}

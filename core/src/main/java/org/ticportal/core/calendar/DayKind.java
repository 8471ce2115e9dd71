package org.ticportal.core.calendar;

/** What a special day of the calendar is. */
public enum DayKind {
    /** 放假: a day off, also when it falls on a weekday. */
    HOLIDAY,
    /** 调休上班: a weekend day that is a working day. */
    WORKDAY
}

package org.ticportal.core.calendar;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A special day as an administrator enters it; the service checks it (the fields may be empty).
 *
 * @param date the day
 * @param kind {@link DayKind#HOLIDAY} (a day off) or {@link DayKind#WORKDAY} (a weekend day that is a make-up working
 *             day)
 * @param name the holiday's name (for a make-up working day: the holiday it makes up for), e.g. 国庆节
 */
public record SpecialDayDraft(@Nullable LocalDate date, @Nullable DayKind kind, @Nullable String name) {
}

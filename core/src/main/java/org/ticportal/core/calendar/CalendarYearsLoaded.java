package org.ticportal.core.calendar;

import java.util.Set;

/**
 * Published after years of the working-day calendar were loaded or replaced (and committed), so that dates counted
 * provisionally across those years can be counted again.
 *
 * @param years the years loaded
 */
public record CalendarYearsLoaded(Set<Integer> years) {

    public CalendarYearsLoaded {
        years = Set.copyOf(years);
    }
}

package org.ticportal.core.calendar;

import java.util.Collections;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an import stored.
 *
 * @param daysByYear the special days stored per year imported
 * @param replaced   the years among them that were loaded before and were replaced
 * @param source     the source note the years now carry
 */
public record ImportResult(SortedMap<Integer, Integer> daysByYear, Set<Integer> replaced, String source) {

    public ImportResult {
        daysByYear = Collections.unmodifiableSortedMap(new TreeMap<>(daysByYear));
        replaced = Set.copyOf(replaced);
    }

    /** The years imported, in order. */
    public Set<Integer> years() {
        return daysByYear.keySet();
    }

    /** The special days stored in all. */
    public int days() {
        return daysByYear.values().stream().mapToInt(Integer::intValue).sum();
    }
}

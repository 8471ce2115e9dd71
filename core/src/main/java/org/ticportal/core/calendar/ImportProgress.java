package org.ticportal.core.calendar;

import org.jspecify.annotations.Nullable;

/**
 * How far an import got: step 1 is reading the file, then one step per year stored.
 *
 * @param done  steps done
 * @param total steps in all (known after reading the file; 1 before)
 * @param year  the year just stored, or {@code null} after reading the file
 */
public record ImportProgress(int done, int total, @Nullable Integer year) {

    /** Done as a fraction between 0 and 1. */
    public double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, (double) done / total);
    }
}

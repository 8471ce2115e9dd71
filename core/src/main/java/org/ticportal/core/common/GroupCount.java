package org.ticportal.core.common;

import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;

/**
 * A count of records sharing one value, as the statistics (统计看板, 汇总表) group them in the database: the value's code
 * (what the grids filter by), its name as the grids show it, and how many records hold it.
 *
 * @param code  the value's code; {@link #NONE} for records that do not name one
 * @param label what users read
 * @param count how many records, never negative
 */
public record GroupCount(String code, LocalizedText label, long count) {

    /** The code of the group of records that name no value (e.g. a center whose form gave no type). */
    public static final String NONE = "";

    public GroupCount {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (count < 0) {
            throw new IllegalArgumentException("a count is never negative: " + count);
        }
    }

    /** The total of the counts. */
    public static long total(java.util.Collection<GroupCount> counts) {
        return counts.stream().mapToLong(GroupCount::count).sum();
    }
}

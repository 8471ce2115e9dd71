package org.ticportal.core.common;

import java.util.Objects;

/**
 * A count of records sharing two values, a cell of a cross table (e.g. centers by division × type in the bureau's
 * 汇总表): the row's value and the column's value, each with its code and name, and how many records hold both.
 *
 * @param row    the row's value (its count is the cell's)
 * @param column the column's value (its count is the cell's)
 */
public record CrossCount(GroupCount row, GroupCount column) {

    public CrossCount {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        if (row.count() != column.count()) {
            throw new IllegalArgumentException("a cell has one count: " + row.count() + " / " + column.count());
        }
    }

    /** How many records hold both values. */
    public long count() {
        return row.count();
    }
}

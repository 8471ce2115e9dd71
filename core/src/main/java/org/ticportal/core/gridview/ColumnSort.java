package org.ticportal.core.gridview;

/**
 * One sort order of a grid's saved view: the column's key and its direction.
 *
 * @param column     the column's key
 * @param descending whether the column sorts from the largest value down
 */
public record ColumnSort(String column, boolean descending) {

    public ColumnSort {
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("a sort order names its column");
        }
    }
}

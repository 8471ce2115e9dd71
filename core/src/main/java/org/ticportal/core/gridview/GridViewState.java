package org.ticportal.core.gridview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a saved view restores on its grid, stored as JSON: the filter fields' values by column key (a text as typed, a
 * choice by its option's stable key; a column without an entry has no filter), the keys of the visible columns in their
 * order (columns not listed are hidden), and the sort orders, first the primary one.
 *
 * @param filters the filter values by column key, in the grid's order
 * @param columns the visible columns' keys, in display order
 * @param sort    the sort orders, the primary one first
 */
public record GridViewState(Map<String, String> filters, List<String> columns, List<ColumnSort> sort) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public GridViewState {
        filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters == null ? Map.of() : filters));
        columns = List.copyOf(columns == null ? List.of() : columns);
        sort = List.copyOf(sort == null ? List.of() : sort);
        if (filters.keySet().stream().anyMatch(k -> k == null || k.isBlank())
                || filters.values().stream().anyMatch(v -> v == null)) {
            throw new IllegalArgumentException("a filter names its column and has a value");
        }
        if (columns.stream().anyMatch(String::isBlank) || columns.stream().distinct().count() != columns.size()) {
            throw new IllegalArgumentException("visible columns are named once each: " + columns);
        }
    }

    /** The state as stored. */
    String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** A stored state. */
    static GridViewState fromJson(String json) {
        return JSON.readValue(json, GridViewState.class);
    }
}

package org.ticportal.core.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * Applies administrators' overrides to a catalog's defaults. Pure: the defaults come from the plugin, the rows from
 * the database.
 *
 * <p>Rules: the defaults keep the plugin's order, added entries follow by position. A row for a default code renames
 * it (when it has a name) and may retire it, also when the row was added before a newer plugin version made the code a
 * default. A row for a code that is neither a default nor added (a default a newer plugin version dropped) is ignored.
 */
final class CatalogMerge {

    private static final Comparator<OverrideRow> ADDED_ORDER = Comparator.comparingInt(OverrideRow::position)
            .thenComparing(OverrideRow::code);

    private CatalogMerge() {
    }

    /** The entries in force, defaults first, retired ones included. */
    static List<MergedEntry> merge(List<DefaultEntry> defaults, Collection<OverrideRow> rows) {
        Map<String, OverrideRow> byCode = byCode(rows);
        List<MergedEntry> merged = new ArrayList<>();
        Set<String> defaultCodes = new LinkedHashSet<>();
        for (DefaultEntry d : defaults) {
            defaultCodes.add(d.code());
            OverrideRow row = byCode.get(d.code());
            LocalizedText override = row == null ? null : name(row);
            merged.add(new MergedEntry(d.code(), override == null ? d.name() : override, EntrySource.DEFAULT,
                    override != null, row != null && row.retired(), d.name(), d.article(), d.group(),
                    row == null ? -1 : row.version(), row == null ? null : row.retiredAt(),
                    row == null ? null : row.retiredBy(), row == null ? null : row.updatedAt(),
                    row == null ? null : row.updatedBy()));
        }
        for (OverrideRow row : added(rows, defaultCodes)) {
            merged.add(new MergedEntry(row.code(), addedName(row), EntrySource.ADDED, false, row.retired(), null, "",
                    null, row.version(), row.retiredAt(), row.retiredBy(), row.updatedAt(), row.updatedBy()));
        }
        return merged;
    }

    private static Map<String, OverrideRow> byCode(Collection<OverrideRow> rows) {
        Map<String, OverrideRow> map = new HashMap<>();
        rows.forEach(r -> map.put(r.code(), r));
        return map;
    }

    private static List<OverrideRow> added(Collection<OverrideRow> rows, Collection<String> defaultCodes) {
        Set<String> defaults = Set.copyOf(defaultCodes);
        return rows.stream().filter(r -> r.added() && !defaults.contains(r.code())).sorted(ADDED_ORDER).toList();
    }

    private static @Nullable LocalizedText name(OverrideRow row) {
        return row.nameZh() == null || row.nameZh().isBlank() ? null : new LocalizedText(row.nameZh(), row.nameEn());
    }

    private static LocalizedText addedName(OverrideRow row) {
        LocalizedText name = name(row);
        return name == null ? new LocalizedText(row.code(), "") : name;
    }
}

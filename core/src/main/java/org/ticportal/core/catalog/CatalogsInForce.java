package org.ticportal.core.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.PolicyCatalogs;

/**
 * The catalogs of one version of a policy as they are in force: the one answer to "the entries of catalog X of this
 * policy". The plugin version's entries, in its order, with administrators' overrides applied (overrides belong to the
 * policy, so they apply to every version), then the entries administrators added. Retired entries are included: new
 * values may not choose them, records holding them still name them. Obtained from {@link CatalogService#inForce}; a
 * snapshot of plain values.
 */
public final class CatalogsInForce {

    private final PolicyCatalogs defaults;
    private final Map<String, List<OverrideRow>> overrides;

    CatalogsInForce(PolicyCatalogs defaults, Map<String, List<OverrideRow>> overrides) {
        this.defaults = defaults;
        this.overrides = overrides;
    }

    /** The entries of a catalog, retired ones included; empty when the policy has no such catalog. */
    public Optional<List<MergedEntry>> entries(String catalog) {
        return DefaultEntry.of(defaults, catalog)
                .map(d -> CatalogMerge.merge(d, overrides.getOrDefault(catalog, List.of())));
    }

    /** The codes new values may choose: the entries less the retired ones; empty for a catalog the policy lacks. */
    public Optional<Set<String>> selectable(String catalog) {
        return entries(catalog).map(es -> codes(es.stream().filter(MergedEntry::selectable).toList()));
    }

    /** The codes of the retired entries: still named on the records that hold them, offered for no new value. */
    public Set<String> retired(String catalog) {
        return entries(catalog).map(es -> codes(es.stream().filter(MergedEntry::retired).toList())).orElse(Set.of());
    }

    /**
     * The names a form shows for a catalog's entries, in order ({@link MergedEntry#label()}: a cluster with its group,
     * a retired entry marked); empty for a catalog the policy lacks.
     */
    public Map<String, LocalizedText> labels(String catalog) {
        Map<String, LocalizedText> labels = new LinkedHashMap<>();
        entries(catalog).orElse(List.of()).forEach(e -> labels.put(e.code(), e.label()));
        return Collections.unmodifiableMap(labels);
    }

    private static Set<String> codes(List<MergedEntry> entries) {
        Set<String> codes = new LinkedHashSet<>();
        entries.forEach(e -> codes.add(e.code()));
        return Collections.unmodifiableSet(codes);
    }
}

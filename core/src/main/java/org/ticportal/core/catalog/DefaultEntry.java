package org.ticportal.core.catalog;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.Catalog;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.PolicyCatalogs;

/** An entry as the policy plugin defines it, whatever the catalog's kind. */
record DefaultEntry(String code, LocalizedText name, String article, @Nullable LocalizedText group) {

    /**
     * The plugin's entries of a catalog, in the plugin's order: the one place that knows the catalogs' kinds. Empty for
     * a catalog the policy does not have.
     */
    static Optional<List<DefaultEntry>> of(PolicyCatalogs catalogs, String catalog) {
        return switch (catalog) {
            case CatalogCodes.CENTER_TYPES -> Optional.of(catalogs.centerTypes().stream()
                    .map(t -> new DefaultEntry(t.code(), t.name(), t.article(), null)).toList());
            case CatalogCodes.INDUSTRY_CLUSTERS -> Optional.of(catalogs.industryGroups().stream()
                    .flatMap(g -> g.clusters().stream().map(c -> new DefaultEntry(c.code(), c.name(), g.article(),
                            g.name()))).toList());
            case CatalogCodes.RECOMMENDING_BODIES -> Optional.of(catalogs.recommendingBodies().stream()
                    .map(b -> new DefaultEntry(b.code(), b.name(), b.article(), null)).toList());
            default -> catalogs.list(catalog).map(DefaultEntry::of);
        };
    }

    private static List<DefaultEntry> of(Catalog list) {
        return list.entries().stream().map(e -> new DefaultEntry(e.code(), e.name(),
                e.article().isBlank() ? list.article() : e.article(), null)).toList();
    }
}

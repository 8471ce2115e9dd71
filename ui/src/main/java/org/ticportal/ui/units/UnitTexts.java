package org.ticportal.ui.units;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.policy.api.Catalog;
import org.ticportal.policy.api.CatalogEntry;

/** Names of the unit categories of the running policies, by code, for grids and filters. */
final class UnitTexts {

    private UnitTexts() {
    }

    static Map<String, String> categoryNames(PolicyService policies, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (StartedPolicy policy : policies.startedPolicies()) {
            policy.catalogs().list(Catalog.UNIT_CATEGORIES).ifPresent(c -> {
                for (CatalogEntry entry : c.entries()) {
                    names.putIfAbsent(entry.code(), entry.name().get(locale));
                }
            });
        }
        return names;
    }
}

package org.ticportal.core.catalog;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * A catalog of a policy, for the catalog editor.
 *
 * @param code       the catalog code forms use: {@code CENTER_TYPES}, {@code INDUSTRY_CLUSTERS},
 *                   {@code RECOMMENDING_BODIES} or the code of one of the plugin's lists
 * @param name       the list's name as the plugin gives it; {@code null} for the three built-in catalogs, whose
 *                   names the UI translates
 * @param article    the article that sets the list, or empty
 * @param extensible whether administrators may add entries (see {@link CatalogService#isExtensible})
 */
public record CatalogInfo(String code, @Nullable LocalizedText name, String article, boolean extensible) {
}

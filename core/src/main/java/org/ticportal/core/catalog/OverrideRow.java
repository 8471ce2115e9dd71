package org.ticportal.core.catalog;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A stored override as a value (see {@link CatalogOverride}).
 *
 * @param catalog   the catalog code
 * @param code      the entry code
 * @param added     whether the administrator added the entry
 * @param nameZh    the added entry's name or a default entry's new Chinese name; {@code null}: the plugin's name
 * @param nameEn    the English name; {@code null} or empty: none (English readers then read the Chinese)
 * @param position  order of an added entry after the defaults
 * @param retired   whether the entry is retired
 * @param retiredAt when it was retired
 * @param retiredBy who retired it
 * @param version   the row's version, for optimistic locking
 * @param updatedAt when the row last changed
 * @param updatedBy who last changed it
 */
record OverrideRow(String catalog, String code, boolean added, @Nullable String nameZh, @Nullable String nameEn,
                   int position, boolean retired, @Nullable Instant retiredAt, @Nullable String retiredBy,
                   long version, Instant updatedAt, String updatedBy) {
}

package org.ticportal.core.catalog;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.policy.api.LocalizedText;

/**
 * One entry of a policy's catalog as it is in force: the plugin's default with an administrator's changes applied, or
 * an entry an administrator added.
 *
 * @param code        the entry code records keep
 * @param name        the name in force
 * @param source      whether the plugin or an administrator defined the entry
 * @param renamed     whether an administrator renamed a default entry
 * @param retired     whether the entry is retired: offered for no new value, still naming old records
 * @param defaultName the plugin's name of a default entry; {@code null} for an added one
 * @param article     the article that names the entry (or its catalog), empty for an added entry
 * @param group       the group of an industry cluster the plugin lists, else {@code null}
 * @param version     the version of the administrator's override for optimistic locking, {@code -1} when there is
 *                    none; pass it back to {@link CatalogService#rename}, {@link CatalogService#retire} and
 *                    {@link CatalogService#restore}
 * @param retiredAt   when it was retired
 * @param retiredBy   who retired it
 * @param changedAt   when an administrator last changed it, {@code null} when never
 * @param changedBy   who last changed it
 */
public record MergedEntry(String code, LocalizedText name, EntrySource source, boolean renamed, boolean retired,
                          @Nullable LocalizedText defaultName, String article, @Nullable LocalizedText group,
                          long version, @Nullable Instant retiredAt, @Nullable String retiredBy,
                          @Nullable Instant changedAt, @Nullable String changedBy) {

    /** Whether new values may choose this entry. */
    public boolean selectable() {
        return !retired;
    }

    /**
     * The name a form shows: a cluster the plugin groups is named with its group, a retired entry is marked as such. An
     * entry without an English name stays without one (English readers read the Chinese, marked).
     */
    public LocalizedText label() {
        LocalizedText named = group == null ? name : CoreMessages.text("catalog.entry.inGroup", name, group);
        LocalizedText shown = retired ? CoreMessages.text("catalog.entry.retired", named) : named;
        return name.en().isBlank() ? new LocalizedText(shown.zh(), "") : shown;
    }
}

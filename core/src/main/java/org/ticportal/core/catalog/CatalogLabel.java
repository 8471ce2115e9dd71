package org.ticportal.core.catalog;

import org.ticportal.policy.api.LocalizedText;

/**
 * The name a form shows for a catalog code, and whether the entry is retired.
 *
 * @param name    the name in force
 * @param retired whether the entry is retired: a reader shows it (old records hold it), new values may not choose it
 */
public record CatalogLabel(LocalizedText name, boolean retired) {

    /**
     * What {@link #text()} appends to a retired entry's name, in both languages: the core has no message bundles, so
     * the mark travels with the name as a {@link LocalizedText}.
     */
    public static final LocalizedText RETIRED_MARK = new LocalizedText("（已停用）", " (retired)");

    /** The name, with {@link #RETIRED_MARK} when retired. */
    public LocalizedText text() {
        return retired ? mark(name) : name;
    }

    /** A name with the {@link #RETIRED_MARK}; a missing English name stays missing (English readers read the mark in Chinese). */
    static LocalizedText mark(LocalizedText name) {
        return new LocalizedText(name.zh() + RETIRED_MARK.zh(),
                name.en().isBlank() ? "" : name.en() + RETIRED_MARK.en());
    }
}

package org.ticportal.core.search;

import java.util.List;

/**
 * A feature's part of the global search: the records of one kind that match a text, limited to what the logged-in
 * user may open there (the same row-level scope as the feature's grid; none for a role without that screen), found in
 * the database with at most {@code limit} rows read.
 */
public interface SearchSource {

    /** What this source finds. */
    SearchKind kind();

    /**
     * The records matching the text (already stripped, at least {@link GlobalSearch#MIN_LENGTH} characters): by name
     * (contains), by number or credit code (prefix, so an exact code matches too), at most {@code limit}.
     */
    List<SearchHit> find(String text, int limit);
}

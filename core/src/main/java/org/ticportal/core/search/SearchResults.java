package org.ticportal.core.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a search found, grouped by kind in {@link SearchKind}'s order; kinds without hits are left out.
 *
 * @param text the text searched for
 * @param hits the hits of each kind, each list at most {@link GlobalSearch#PER_KIND} long
 */
public record SearchResults(String text, Map<SearchKind, List<SearchHit>> hits) {

    public SearchResults {
        EnumMap<SearchKind, List<SearchHit>> copy = new EnumMap<>(SearchKind.class);
        hits.forEach((kind, list) -> {
            if (list.stream().anyMatch(h -> h.kind() != kind)) {
                throw new IllegalArgumentException("a hit listed under another kind than its own");
            }
            if (!list.isEmpty()) {
                copy.put(kind, List.copyOf(list));
            }
        });
        hits = Collections.unmodifiableMap(copy);
    }

    /** Nothing found. */
    public static SearchResults none(String text) {
        return new SearchResults(text, Map.of());
    }

    /** The hits of one kind (empty when none). */
    public List<SearchHit> of(SearchKind kind) {
        return hits.getOrDefault(kind, List.of());
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

    /** How many hits in all. */
    public int total() {
        return hits.values().stream().mapToInt(List::size).sum();
    }
}

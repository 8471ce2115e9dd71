package org.ticportal.core.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 全局搜索: asks every {@link SearchSource} for the records matching a text and returns the hits grouped by kind. Each
 * source answers within the user's scope in its own feature (a county reviewer never finds another county's
 * application, an applicant only its own unit's records), so this service adds no scope of its own. Staff roles that
 * have the record screens may search; experts reach their assignments from 我的评审任务 and have no search.
 */
@Service
@Transactional(readOnly = true)
public class GlobalSearch {

    /** The shortest text searched for (one Chinese character matches too much). */
    public static final int MIN_LENGTH = 2;

    /** The longest text searched for; longer text is cut. */
    public static final int MAX_LENGTH = 100;

    /** At most this many hits of each kind. */
    public static final int PER_KIND = 8;

    private final List<SearchSource> sources;

    GlobalSearch(List<SearchSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /**
     * The records matching the text (name contains it; a number or credit code starts with it), at most
     * {@link #PER_KIND} of each kind; nothing for a text shorter than {@link #MIN_LENGTH} once stripped.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public SearchResults search(String text) {
        String t = text.strip();
        if (t.length() > MAX_LENGTH) {
            t = t.substring(0, MAX_LENGTH).strip();
        }
        if (t.length() < MIN_LENGTH) {
            return SearchResults.none(t);
        }
        Map<SearchKind, List<SearchHit>> hits = new EnumMap<>(SearchKind.class);
        for (SearchSource source : sources) {
            List<SearchHit> found = source.find(t, PER_KIND);
            hits.merge(source.kind(), found.size() > PER_KIND ? found.subList(0, PER_KIND) : found,
                    (a, b) -> a.size() >= PER_KIND ? a : java.util.stream.Stream.concat(a.stream(), b.stream())
                            .limit(PER_KIND).toList());
        }
        return new SearchResults(t, hits);
    }
}

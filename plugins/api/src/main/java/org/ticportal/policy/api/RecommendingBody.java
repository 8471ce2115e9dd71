package org.ticportal.policy.api;

import java.util.List;
import java.util.Objects;

/**
 * A body through which applications arrive, with the channel applicants in its scope use.
 *
 * @param code      stable code; for administrative divisions the GB/T 2260 code (e.g. {@code 140902})
 * @param name      the body's or division's name (e.g. 忻府区)
 * @param kind      what kind of organisation it is
 * @param channel   whether applicants in its scope submit directly or need its formal recommendation
 * @param article   the article that sets the channel, e.g. {@code 第九条}
 * @param divisions prefixes of the division codes of the units in its scope, e.g. {@code 1409} for a city bureau
 *                  that recommends every unit of its city to the province; empty means exactly its own code
 */
public record RecommendingBody(String code, LocalizedText name, RecommendingBodyKind kind,
                               SubmissionChannel channel, String article, List<String> divisions) {

    public RecommendingBody {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("recommending body code must not be blank");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(article, "article");
        divisions = divisions == null ? List.of() : List.copyOf(divisions);
    }

    /** A body whose scope is its own code. */
    public RecommendingBody(String code, LocalizedText name, RecommendingBodyKind kind, SubmissionChannel channel,
                            String article) {
        this(code, name, kind, channel, article, List.of());
    }

    /** How long a prefix of the division code this body covers (0: not covered). */
    int matchLength(String divisionCode) {
        int best = 0;
        for (String prefix : divisions) {
            if (divisionCode.startsWith(prefix) && prefix.length() > best) {
                best = prefix.length();
            }
        }
        return best;
    }
}

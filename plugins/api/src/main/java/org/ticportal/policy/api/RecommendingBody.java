package org.ticportal.policy.api;

import java.util.List;
import java.util.Objects;

/**
 * A body through which applications arrive, with the channel applicants in its scope use.
 *
 * @param code      stable code; for administrative divisions the GB/T 2260 code (e.g. {@code 140902}); for a body
 *                  whose area has no such code (a development zone, a scenic area's management committee, a
 *                  department) a code the policy defines, upper case (e.g. {@code XZ_EDZ})
 * @param name      the body's or division's name (e.g. 忻府区)
 * @param kind      what kind of organisation it is
 * @param channel   whether applicants in its scope submit directly or need its formal recommendation
 * @param article   the article that sets the channel, e.g. {@code 第九条}
 * @param divisions prefixes of the division codes of the units in its scope, e.g. {@code 1409} for a city bureau
 *                  that recommends every unit of its city to the province; empty means exactly its own code
 * @param withinDivision for a body with a policy-defined code, the GB/T 2260 code of the division its area lies in
 *                  (忻州经济开发区 in 忻府区 140902), or empty. Another policy that knows nothing of the code (e.g. the
 *                  province's) places a unit registered under the body by this division instead; the portal also
 *                  sorts jurisdictions by it.
 * @since 0.2.5 ({@code withinDivision})
 */
public record RecommendingBody(String code, LocalizedText name, RecommendingBodyKind kind,
                               SubmissionChannel channel, String article, List<String> divisions,
                               String withinDivision) {

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
        withinDivision = withinDivision == null ? "" : withinDivision.strip();
        if (!withinDivision.isEmpty() && !isDivisionCode(withinDivision)) {
            throw new IllegalArgumentException("recommending body " + code + " lies within " + withinDivision
                    + ", which is no GB/T 2260 code (six digits)");
        }
        if (!withinDivision.isEmpty() && isDivisionCode(code)) {
            throw new IllegalArgumentException("recommending body " + code + " has a GB/T 2260 code: it lies within "
                    + "no other division");
        }
    }

    /** A body with the given division prefixes (as before 0.2.5: its code is its division). */
    public RecommendingBody(String code, LocalizedText name, RecommendingBodyKind kind, SubmissionChannel channel,
                            String article, List<String> divisions) {
        this(code, name, kind, channel, article, divisions, "");
    }

    /**
     * A body with a code the policy defines whose area lies within a GB/T 2260 division, e.g.
     * {@code RecommendingBody.zone("XZ_EDZ", text("忻州经济开发区管委会", …), "140902", SubmissionChannel.RECOMMENDED,
     * "第九条")}: a development zone ({@link RecommendingBodyKind#FUNCTIONAL_ZONE}).
     *
     * @since 0.2.5
     */
    public static RecommendingBody zone(String code, LocalizedText name, String withinDivision,
                                        SubmissionChannel channel, String article) {
        if (isDivisionCode(code)) {
            throw new IllegalArgumentException("a zone's code is the policy's own, not a GB/T 2260 code: " + code);
        }
        return new RecommendingBody(code, name, RecommendingBodyKind.FUNCTIONAL_ZONE, channel, article, List.of(),
                withinDivision);
    }

    /** Whether a code is a GB/T 2260 administrative division code (six digits). @since 0.2.5 */
    public static boolean isDivisionCode(String code) {
        return code != null && code.matches("\\d{6}");
    }

    /**
     * The GB/T 2260 division the body's area is in: its code where that is one, else {@link #withinDivision} (empty
     * when the policy did not say).
     *
     * @since 0.2.5
     */
    public String division() {
        return isDivisionCode(code) ? code : withinDivision;
    }

    /** A body whose scope is its own code. */
    public RecommendingBody(String code, LocalizedText name, RecommendingBodyKind kind, SubmissionChannel channel,
                            String article) {
        this(code, name, kind, channel, article, List.of(), "");
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

package org.ticportal.policy.api;

import java.util.Objects;

/**
 * A body through which applications arrive, with the channel applicants in its scope use.
 *
 * @param code    stable code; for administrative divisions the GB/T 2260 code (e.g. {@code 140902})
 * @param name    the body's or division's name (e.g. 忻府区)
 * @param kind    what kind of organisation it is
 * @param channel whether applicants in its scope submit directly or need its formal recommendation
 * @param article the article that sets the channel, e.g. {@code 第九条}
 */
public record RecommendingBody(String code, LocalizedText name, RecommendingBodyKind kind,
                               SubmissionChannel channel, String article) {

    public RecommendingBody {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("recommending body code must not be blank");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(article, "article");
    }
}

package org.ticportal.policy.api.procedure;

import java.util.Objects;

/**
 * A condition of a transition.
 *
 * @param kind      what is required
 * @param reference the field key or evidence code it concerns, or empty
 * @param article   the article that requires it
 */
public record Guard(GuardKind kind, String reference, String article) {

    public Guard {
        Objects.requireNonNull(kind, "kind");
        reference = reference == null ? "" : reference;
        article = article == null ? "" : article;
    }
}

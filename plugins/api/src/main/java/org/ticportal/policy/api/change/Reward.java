package org.ticportal.policy.api.change;

import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;

/**
 * A reward or support measure a center receives.
 *
 * @param code        stable code
 * @param description what the measures say
 * @param article     the article
 */
public record Reward(String code, LocalizedText description, String article) {

    public Reward {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        article = article == null ? "" : article;
    }
}

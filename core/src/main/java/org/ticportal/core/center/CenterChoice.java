package org.ticportal.core.center;

import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;

/**
 * An option of a centers grid's filter: a center type, an industry cluster or a recommending body (division) of a
 * running policy.
 *
 * @param code the code the center rows carry
 * @param name its name, several policies' names joined with " / " where they differ
 */
public record CenterChoice(String code, LocalizedText name) {

    public CenterChoice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}

package org.ticportal.policy.api.panel;

import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;

/**
 * A requirement on a panel's composition: at least {@code minimum} experts of a field, e.g. one finance expert.
 *
 * @param field   the field's code: an industry cluster of the policy or one of {@link ExpertPanelRules#expertFields()}
 * @param minimum how many experts of the field the panel has at least (1 or more)
 * @param name    the requirement in words, e.g. "至少一名财务专家"
 */
public record PanelSeat(String field, int minimum, LocalizedText name) {

    public PanelSeat {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(name, "name");
        if (minimum < 1) {
            throw new IllegalArgumentException("a panel seat asks for at least one expert");
        }
    }
}

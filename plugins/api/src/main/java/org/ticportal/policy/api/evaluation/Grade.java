package org.ticportal.policy.api.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;

/**
 * A grade on the scale, reached from a minimum score.
 *
 * @param code     stable code, e.g. {@code EXCELLENT}
 * @param name     e.g. 优秀
 * @param minScore the lowest total score that earns it
 * @param passing  whether the grade counts as passed (for repeated-failure rules)
 */
public record Grade(String code, LocalizedText name, BigDecimal minScore, boolean passing) {

    public Grade {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(minScore, "minScore");
    }
}

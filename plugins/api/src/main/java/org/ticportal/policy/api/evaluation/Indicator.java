package org.ticportal.policy.api.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;

/**
 * An evaluation indicator; children's weights add up to their parent's.
 *
 * @param code     stable code
 * @param name     the indicator's name
 * @param weight   its weight (points)
 * @param children sub-indicators, or empty for a leaf that experts score
 */
public record Indicator(String code, LocalizedText name, BigDecimal weight, List<Indicator> children) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        children = children == null ? List.of() : List.copyOf(children);
        if (!children.isEmpty()) {
            BigDecimal sum = children.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(weight) != 0) {
                throw new IllegalArgumentException("weights under " + code + " add up to " + sum + ", not " + weight);
            }
        }
    }

    public static Indicator leaf(String code, LocalizedText name, long weight) {
        return new Indicator(code, name, BigDecimal.valueOf(weight), List.of());
    }

    public static Indicator group(String code, LocalizedText name, Indicator... children) {
        List<Indicator> list = List.of(children);
        return new Indicator(code, name, list.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add),
                list);
    }
}

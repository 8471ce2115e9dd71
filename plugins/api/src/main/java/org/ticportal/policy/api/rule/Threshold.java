package org.ticportal.policy.api.rule;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A minimum that may depend on a category the application states (e.g. the center type): the value for the
 * category, else the default. A threshold the measures fix belongs in the plugin, not in a setting.
 *
 * @param categoryFieldKey the field holding the category, or {@code null} for a fixed threshold
 * @param byCategory       the minimum per category code
 * @param defaultValue     the minimum for any other category; {@code null} means the rule does not apply
 */
public record Threshold(@Nullable String categoryFieldKey, Map<String, BigDecimal> byCategory,
                        @Nullable BigDecimal defaultValue) {

    public Threshold {
        byCategory = byCategory == null ? Map.of() : Map.copyOf(byCategory);
    }

    /** The same minimum for every application. */
    public static Threshold of(long value) {
        return new Threshold(null, Map.of(), BigDecimal.valueOf(value));
    }

    /** A minimum per category, e.g. per center type. */
    public static Threshold byCategory(String categoryFieldKey, Map<String, BigDecimal> values,
                                       @Nullable BigDecimal otherwise) {
        return new Threshold(Objects.requireNonNull(categoryFieldKey), values, otherwise);
    }

    /** The threshold for people: {@code 500}, or per category {@code COMPREHENSIVE 500 / FIELD 1000}. */
    public String describe() {
        if (categoryFieldKey == null || byCategory.isEmpty()) {
            return defaultValue == null ? "-" : defaultValue.toPlainString();
        }
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(byCategory).forEach((k, v) -> {
            if (!sb.isEmpty()) {
                sb.append(" / ");
            }
            sb.append(k).append(' ').append(v.toPlainString());
        });
        if (defaultValue != null) {
            sb.append(" / * ").append(defaultValue.toPlainString());
        }
        return sb.toString();
    }

    /** The minimum that applies to the application, if any. */
    public Optional<BigDecimal> resolve(ApplicationData data) {
        if (categoryFieldKey == null) {
            return Optional.ofNullable(defaultValue);
        }
        return data.text(categoryFieldKey).map(byCategory::get).or(() -> Optional.ofNullable(defaultValue));
    }
}

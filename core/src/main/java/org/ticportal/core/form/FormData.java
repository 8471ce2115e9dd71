package org.ticportal.core.form;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ticportal.policy.api.rule.ApplicationData;

/**
 * Stored form values as policy rules read them. Table columns can also be read as {@code table.column} lists.
 *
 * @param values   the cleaned values (see {@link FormValidator#clean})
 * @param evidence the evidence codes for which at least one file is attached
 */
public record FormData(Map<String, Object> values, Set<String> evidence) implements ApplicationData {

    public FormData {
        values = Map.copyOf(values);
        evidence = Set.copyOf(evidence);
    }

    @Override
    public Optional<String> text(String fieldKey) {
        Object v = lookup(fieldKey);
        if (v == null || v instanceof Collection<?>) {
            return Optional.empty();
        }
        String s = v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    @Override
    public Optional<BigDecimal> number(String fieldKey) {
        Object v = lookup(fieldKey);
        if (v instanceof BigDecimal d) {
            return Optional.of(d);
        }
        if (v instanceof Number n) {
            return Optional.of(new BigDecimal(n.toString()));
        }
        try {
            return text(fieldKey).map(BigDecimal::new);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Boolean> flag(String fieldKey) {
        Object v = lookup(fieldKey);
        return v instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    @Override
    public List<String> choices(String fieldKey) {
        Object v = lookup(fieldKey);
        if (v instanceof Collection<?> c) {
            return c.stream().filter(x -> !(x instanceof Map<?, ?>)).map(String::valueOf).toList();
        }
        return text(fieldKey).map(List::of).orElse(List.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> rows(String fieldKey) {
        Object v = lookup(fieldKey);
        if (v instanceof List<?> list && list.stream().allMatch(r -> r instanceof Map<?, ?>)) {
            return (List<Map<String, Object>>) list;
        }
        return List.of();
    }

    /**
     * The value of a key: a field's own value, or a part of a person or unit ({@code director.name}) when no field has
     * the whole key.
     */
    private Object lookup(String key) {
        Object v = values.get(key);
        if (v != null) {
            return v;
        }
        int dot = key.lastIndexOf('.');
        while (dot > 0) {
            if (values.get(key.substring(0, dot)) instanceof Map<?, ?> parts) {
                return parts.get(key.substring(dot + 1));
            }
            dot = key.lastIndexOf('.', dot - 1);
        }
        return null;
    }

    @Override
    public boolean hasEvidence(String evidenceCode) {
        return evidence.contains(evidenceCode);
    }
}

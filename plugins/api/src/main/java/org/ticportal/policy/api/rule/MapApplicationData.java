package org.ticportal.policy.api.rule;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Application data held in a map: the one implementation the portal and the plugins' tests share; see
 * {@link ApplicationData} for how values are read.
 *
 * @param values   the values by field key, without nulls
 * @param evidence the evidence codes present
 */
record MapApplicationData(Map<String, Object> values, Set<String> evidence) implements ApplicationData {

    MapApplicationData {
        values = Map.copyOf(values);
        evidence = Set.copyOf(evidence);
    }

    /** From a test's map: the evidence codes under {@link ApplicationData#EVIDENCE}, null values dropped. */
    static MapApplicationData of(Map<String, ?> values) {
        Object codes = values.get(EVIDENCE);
        Map<String, Object> rest = withoutNulls(values);
        rest.remove(EVIDENCE);
        return new MapApplicationData(rest, codes instanceof Collection<?> c ? codes(c) : Set.of());
    }

    /** From form values and evidence codes, null values dropped. */
    static MapApplicationData of(Map<String, ?> values, Collection<String> evidence) {
        return new MapApplicationData(withoutNulls(values), codes(evidence));
    }

    private static Map<String, Object> withoutNulls(Map<String, ?> values) {
        Map<String, Object> copy = new HashMap<>();
        values.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }

    private static Set<String> codes(Collection<?> codes) {
        return codes.stream().filter(c -> c != null).map(String::valueOf).collect(Collectors.toSet());
    }

    @Override
    public Optional<String> text(String fieldKey) {
        Object v = lookup(fieldKey);
        if (v == null || v instanceof Collection<?> || v instanceof Map<?, ?>) {
            return Optional.empty();
        }
        String s = v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    @Override
    public Optional<BigDecimal> number(String fieldKey) {
        Object v = lookup(fieldKey);
        try {
            if (v instanceof BigDecimal d) {
                return Optional.of(d);
            }
            if (v instanceof Number n) {
                return Optional.of(new BigDecimal(n.toString()));
            }
            return text(fieldKey).map(BigDecimal::new);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Boolean> flag(String fieldKey) {
        if (lookup(fieldKey) instanceof Boolean b) {
            return Optional.of(b);
        }
        return text(fieldKey).filter(t -> t.equals("true") || t.equals("false")).map(Boolean::parseBoolean);
    }

    @Override
    public List<String> choices(String fieldKey) {
        if (lookup(fieldKey) instanceof Collection<?> c) {
            return c.stream().filter(x -> x != null && !(x instanceof Map<?, ?>)).map(String::valueOf).toList();
        }
        return text(fieldKey).map(List::of).orElse(List.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> rows(String fieldKey) {
        if (lookup(fieldKey) instanceof List<?> list && list.stream().allMatch(r -> r instanceof Map<?, ?>)) {
            return (List<Map<String, Object>>) list;
        }
        return List.of();
    }

    @Override
    public boolean hasEvidence(String evidenceCode) {
        return evidence.contains(evidenceCode);
    }

    @Override
    public boolean has(String fieldKey) {
        Object v = lookup(fieldKey);
        if (v instanceof Map<?, ?> parts) {
            return parts.values().stream().anyMatch(p -> p != null && !String.valueOf(p).isBlank());
        }
        return ApplicationData.super.has(fieldKey);
    }

    /**
     * The value of a key: a field's own value, or a part of a person or unit ({@code director.name}) when no field has
     * the whole key.
     */
    private @Nullable Object lookup(String key) {
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
}

package org.ticportal.policy.api.rule;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Application data held in a map; see {@link ApplicationData#of(Map)}. */
record MapApplicationData(Map<String, Object> values) implements ApplicationData {

    MapApplicationData {
        values = Map.copyOf(values);
    }

    @Override
    public Optional<String> text(String fieldKey) {
        Object v = values.get(fieldKey);
        if (v == null || v instanceof Collection<?> || v instanceof Map<?, ?>) {
            return Optional.empty();
        }
        return v.toString().isBlank() ? Optional.empty() : Optional.of(v.toString().strip());
    }

    @Override
    public Optional<BigDecimal> number(String fieldKey) {
        Object v = values.get(fieldKey);
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
        Object v = values.get(fieldKey);
        if (v instanceof Boolean b) {
            return Optional.of(b);
        }
        return text(fieldKey).filter(t -> t.equals("true") || t.equals("false")).map(Boolean::parseBoolean);
    }

    @Override
    public List<String> choices(String fieldKey) {
        Object v = values.get(fieldKey);
        if (v instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return text(fieldKey).map(List::of).orElse(List.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> rows(String fieldKey) {
        Object v = values.get(fieldKey);
        return v instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    @Override
    public boolean hasEvidence(String evidenceCode) {
        return values.get(EVIDENCE) instanceof Set<?> set && set.contains(evidenceCode);
    }
}

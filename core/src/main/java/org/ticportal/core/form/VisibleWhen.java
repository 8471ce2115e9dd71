package org.ticportal.core.form;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * When a field is shown: another field equals a value, is one of several, or is filled in.
 *
 * @param field    the key of the field it depends on
 * @param equals   the value that shows it
 * @param in       values that show it
 * @param notEmpty shown when the other field has any value
 */
public record VisibleWhen(String field, @Nullable String equals, @Nullable List<String> in,
                          @Nullable Boolean notEmpty) {

    public VisibleWhen {
        in = in == null ? List.of() : List.copyOf(in);
    }

    /** Whether the field is shown for these values. */
    public boolean test(Map<String, Object> values) {
        Object v = values.get(field);
        if (Boolean.TRUE.equals(notEmpty)) {
            return v != null && !(v instanceof String s && s.isBlank()) && !(v instanceof Collection<?> c && c.isEmpty());
        }
        if (v == null) {
            return false;
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).anyMatch(x -> x.equals(equals) || in.contains(x));
        }
        String s = String.valueOf(v);
        return s.equals(equals) || in.contains(s);
    }
}

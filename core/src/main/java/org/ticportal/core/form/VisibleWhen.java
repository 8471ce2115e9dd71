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

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d{1,30}(\\.\\d{1,12})?");

    public VisibleWhen {
        in = in == null ? List.of() : List.copyOf(in);
    }

    /** The other field has this value. */
    public static VisibleWhen equalTo(String field, String value) {
        return new VisibleWhen(field, value, null, null);
    }

    /** The other field has one of these values. */
    public static VisibleWhen oneOf(String field, List<String> values) {
        return new VisibleWhen(field, null, values, null);
    }

    /** The other field has any value. */
    public static VisibleWhen filledIn(String field) {
        return new VisibleWhen(field, null, null, true);
    }

    /** Whether the condition names anything to compare with. */
    public boolean namesAValue() {
        return Boolean.TRUE.equals(notEmpty) || equals != null && !equals.isBlank() || !in.isEmpty();
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
            return c.stream().map(String::valueOf)
                    .anyMatch(x -> same(x, equals) || in.stream().anyMatch(y -> same(x, y)));
        }
        String s = v instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(v);
        return same(s, equals) || in.stream().anyMatch(x -> same(s, x));
    }

    /** Text equality, and numbers by value ("1.0" is "1"). */
    private static boolean same(String value, @Nullable String expected) {
        if (expected == null) {
            return false;
        }
        if (value.equals(expected)) {
            return true;
        }
        if (!NUMBER.matcher(value).matches() || !NUMBER.matcher(expected).matches()) {
            return false;
        }
        try {
            return new java.math.BigDecimal(value).compareTo(new java.math.BigDecimal(expected)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

package org.ticportal.core.form;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * A check across fields: {@code field op other} or {@code field op value}, for numbers and dates (e.g. the usable area
 * is at most the total area, the end date is after the start date). It is checked when both sides have a value and
 * the field is shown; a failure is reported at {@code field} with {@code message}.
 *
 * @param field   the key of the field checked
 * @param op      how it compares
 * @param other   the key of the field compared with, or {@code null} when a fixed value is
 * @param value   the fixed value compared with (a number, or a date {@code yyyy-MM-dd}), or {@code null}
 * @param message what the user reads when the check fails
 */
public record FormConstraint(String field, Op op, @Nullable String other, @Nullable String value,
                             LocalizedText message) {

    /** Comparisons. */
    public enum Op {
        LT("<"), LE("≤"), GT(">"), GE("≥"), EQ("="), NE("≠");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(int comparison) {
            return switch (this) {
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
                case EQ -> comparison == 0;
                case NE -> comparison != 0;
            };
        }
    }

    /**
     * Whether the check holds for two values of the same kind; {@code true} when either is missing or they cannot be
     * compared (the field's own checks report a value of the wrong kind).
     */
    public boolean holds(@Nullable Object left, @Nullable Object right) {
        if (left == null || right == null) {
            return true;
        }
        if (left instanceof BigDecimal a) {
            BigDecimal b = right instanceof BigDecimal d ? d : parse(String.valueOf(right));
            return b == null || op.holds(a.compareTo(b));
        }
        if (left instanceof String a && right instanceof String b && a.matches("\\d{4}-\\d{2}-\\d{2}")
                && b.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return op.holds(a.compareTo(b));
        }
        return true;
    }

    private static @Nullable BigDecimal parse(String s) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

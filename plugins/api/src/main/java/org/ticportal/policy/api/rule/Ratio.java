package org.ticportal.policy.api.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * A minimum share of one figure in another, in percent, e.g. R&amp;D spending at least 3% of revenue (研发投入占主营业务
 * 收入比例不低于3%), from which some categories are exempt (e.g. universities and institutes, which have no revenue).
 * Use it with {@link Rules#ratio}.
 *
 * @param numeratorKey      the field of the share (e.g. {@code rdSpending}, 万元)
 * @param denominatorKey    the field of the whole (e.g. {@code revenue}, 万元, in the same unit)
 * @param minimumPercent    the minimum in percent, which may depend on a category (e.g. 3, or 5 for a field type)
 * @param exemptionFieldKey the field whose value exempts an application (e.g. {@link FieldKeys#LEAD_UNIT_CATEGORY}),
 *                          or {@code null}: no exemptions
 * @param exemptValues      the values of that field that exempt it (e.g. {@code UNIVERSITY}, {@code INSTITUTE})
 * @param exemption         what the exemption says, shown when it applies (e.g. 高校、科研院所不适用本项)
 * @since 0.2.5
 */
public record Ratio(String numeratorKey, String denominatorKey, Threshold minimumPercent,
                    @Nullable String exemptionFieldKey, Set<String> exemptValues, @Nullable LocalizedText exemption) {

    public Ratio {
        Objects.requireNonNull(numeratorKey, "numeratorKey");
        Objects.requireNonNull(denominatorKey, "denominatorKey");
        Objects.requireNonNull(minimumPercent, "minimumPercent");
        if (numeratorKey.equals(denominatorKey)) {
            throw new IllegalArgumentException("a ratio needs two fields: " + numeratorKey);
        }
        exemptValues = exemptValues == null ? Set.of() : Set.copyOf(exemptValues);
        if (exemptionFieldKey == null && !exemptValues.isEmpty()) {
            throw new IllegalArgumentException("exempt values need the field that holds them");
        }
        if (exemptionFieldKey != null && exemptValues.isEmpty()) {
            throw new IllegalArgumentException("an exemption field needs the values that exempt: " + exemptionFieldKey);
        }
        for (BigDecimal min : minimumPercent.byCategory().values()) {
            requirePercent(min);
        }
        if (minimumPercent.defaultValue() != null) {
            requirePercent(minimumPercent.defaultValue());
        }
    }

    private static void requirePercent(BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a minimum share must be 0..100 percent: " + value);
        }
    }

    /** A fixed minimum share in percent, without exemptions: {@code Ratio.of("rdSpending", "revenue", 3)}. */
    public static Ratio of(String numeratorKey, String denominatorKey, double minimumPercent) {
        return new Ratio(numeratorKey, denominatorKey, new Threshold(null, java.util.Map.of(),
                BigDecimal.valueOf(minimumPercent).stripTrailingZeros()), null, Set.of(), null);
    }

    /** This ratio, from which applications whose {@code fieldKey} holds one of {@code values} are exempt. */
    public Ratio exemptWhen(String fieldKey, Set<String> values, LocalizedText why) {
        return new Ratio(numeratorKey, denominatorKey, minimumPercent, Objects.requireNonNull(fieldKey), values,
                Objects.requireNonNull(why));
    }

    /** Whether the application is exempt: its exemption field holds an exempting value. */
    public boolean exempt(ApplicationData data) {
        if (exemptionFieldKey == null) {
            return false;
        }
        return data.choices(exemptionFieldKey).stream().anyMatch(exemptValues::contains)
                || data.text(exemptionFieldKey).filter(exemptValues::contains).isPresent();
    }

    /**
     * The share in percent, rounded half up to two decimals; empty when a figure is missing or the whole is not
     * positive (no share can be computed: the condition is not shown to be met).
     */
    public Optional<BigDecimal> percent(ApplicationData data) {
        Optional<BigDecimal> part = data.number(numeratorKey);
        Optional<BigDecimal> whole = data.number(denominatorKey);
        if (part.isEmpty() || whole.isEmpty() || whole.get().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(part.get().multiply(BigDecimal.valueOf(100)).divide(whole.get(), 2, RoundingMode.HALF_UP));
    }

    /** Whether the share meets the minimum that applies; empty when none applies or no share can be computed. */
    public Optional<Boolean> met(ApplicationData data) {
        Optional<BigDecimal> min = minimumPercent.resolve(data);
        Optional<BigDecimal> share = percent(data);
        if (min.isEmpty() || share.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(share.get().compareTo(min.get()) >= 0);
    }
}

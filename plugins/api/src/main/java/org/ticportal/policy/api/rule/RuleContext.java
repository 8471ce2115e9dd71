package org.ticportal.policy.api.rule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.setting.PolicySettings;

/**
 * What a rule may read while it is checked.
 *
 * @param data             the application's data by field key
 * @param host             narrow questions about other records
 * @param settings         the policy's settings as the administrator set them
 * @param year             the year the application is filed in
 * @param filingDate       the day the application was filed (submitted to its recommending body), or, while it is a
 *                         draft, the portal's today: the day look-back conditions count to ("registered for at least
 *                         a year before filing")
 * @param today            the portal's today (its clock, in the portal's zone), e.g. for a condition checked again
 *                         at a later step
 * @param unitRegisteredOn the day the lead unit was registered (its business registration, 成立日期), where known: the
 *                         portal reads it from {@link FieldKeys#LEAD_UNIT_REGISTERED_ON} of the application form; or
 *                         {@code null}
 * @since 0.2.5 ({@code filingDate}, {@code today}, {@code unitRegisteredOn})
 */
public record RuleContext(ApplicationData data, HostQueries host, PolicySettings settings, int year,
                          LocalDate filingDate, LocalDate today, @Nullable LocalDate unitRegisteredOn) {

    public RuleContext {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(filingDate, "filingDate");
        Objects.requireNonNull(today, "today");
        if (filingDate.isAfter(today)) {
            throw new IllegalArgumentException("an application cannot be filed after today: " + filingDate);
        }
        if (unitRegisteredOn != null && unitRegisteredOn.isAfter(today)) {
            // a registration in the future is a typing error on the form: it is not known
            unitRegisteredOn = null;
        }
    }

    /**
     * The context as before 0.2.5: filed and checked today when {@code year} is this year, else on the last day of
     * {@code year}; the unit's registration day read from {@link FieldKeys#LEAD_UNIT_REGISTERED_ON}.
     */
    public RuleContext(ApplicationData data, HostQueries host, PolicySettings settings, int year) {
        this(data, host, settings, year, dayIn(year), dayIn(year), date(data, FieldKeys.LEAD_UNIT_REGISTERED_ON));
    }

    private static LocalDate dayIn(int year) {
        LocalDate now = LocalDate.now();
        return now.getYear() == year ? now : LocalDate.of(year, 12, 31);
    }

    /** The lead unit's registration day, where known. @since 0.2.5 */
    public Optional<LocalDate> unitRegistered() {
        return Optional.ofNullable(unitRegisteredOn);
    }

    /** A date field of the application (ISO text, {@code 2025-03-01}), if it holds a date. @since 0.2.5 */
    public Optional<LocalDate> date(String fieldKey) {
        return Optional.ofNullable(date(data, fieldKey));
    }

    private static @Nullable LocalDate date(ApplicationData data, String fieldKey) {
        Optional<String> text = data.text(fieldKey);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.get().strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package org.ticportal.core.unit;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.CreditCode;

/**
 * What a unit is registered with.
 *
 * @param name               the unit's registered name
 * @param creditCode         its unified social credit code (统一社会信用代码), check digit valid
 * @param divisionCode       the division or recommending body it is registered under (GB/T 2260 code or a body code)
 * @param jurisdictionCode   the jurisdiction whose policy it registered under, or {@code null} when unknown
 * @param confirmingBodyCode the recommending body that confirms it, or {@code null} when the bureau does (municipal
 *                           units, direct channel)
 * @param category           its category, a code of the policy's {@code UNIT_CATEGORIES} catalog, or {@code null}
 * @param contact            who to contact
 */
public record UnitProfile(String name, String creditCode, String divisionCode, @Nullable String jurisdictionCode,
                          @Nullable String confirmingBodyCode, @Nullable String category, Contact contact) {

    public UnitProfile {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("a unit's name has 1 to 200 characters");
        }
        if (!CreditCode.isValid(creditCode)) {
            throw new IllegalArgumentException("invalid unified social credit code: " + creditCode);
        }
        Objects.requireNonNull(divisionCode, "divisionCode");
        if (divisionCode.isBlank()) {
            throw new IllegalArgumentException("a unit is registered under a division");
        }
        Objects.requireNonNull(contact, "contact");
    }

    /**
     * A unit's contact person.
     *
     * @param name  who
     * @param phone their phone
     * @param email their e-mail
     */
    public record Contact(@Nullable String name, @Nullable String phone, @Nullable String email) {

        /** No contact recorded. */
        public static final Contact NONE = new Contact(null, null, null);
    }
}

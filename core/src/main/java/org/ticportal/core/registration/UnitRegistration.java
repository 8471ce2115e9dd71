package org.ticportal.core.registration;

import org.jspecify.annotations.Nullable;

/**
 * What a unit enters on the public registration page. The registration service checks every field and refuses with a
 * message at the field ({@code BusinessException.onField}) naming it as here.
 *
 * @param name             the unit's registered name
 * @param creditCode       its unified social credit code
 * @param jurisdictionCode the jurisdiction whose policy it registers under
 * @param divisionCode     the division or body it is registered under (a recommending body of that policy)
 * @param category         its category (a code of the policy's unit categories, when the policy has them)
 * @param contactName      contact person
 * @param contactPhone     their phone
 * @param contactEmail     their e-mail
 * @param username         the first user's (the unit administrator's) user name
 * @param displayName      their name
 * @param password         their password, under the password rules
 */
public record UnitRegistration(String name, String creditCode, String jurisdictionCode, String divisionCode,
                               @Nullable String category, String contactName, String contactPhone,
                               String contactEmail, String username, String displayName, String password) {

    public UnitRegistration {
        name = strip(name);
        creditCode = strip(creditCode).toUpperCase(java.util.Locale.ROOT);
        jurisdictionCode = strip(jurisdictionCode);
        divisionCode = strip(divisionCode);
        category = category == null || category.isBlank() ? null : category.strip();
        contactName = strip(contactName);
        contactPhone = strip(contactPhone);
        contactEmail = strip(contactEmail);
        username = strip(username);
        displayName = strip(displayName);
        password = password == null ? "" : password;
    }

    private static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}

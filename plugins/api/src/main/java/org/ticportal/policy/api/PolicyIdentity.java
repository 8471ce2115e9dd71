package org.ticportal.policy.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The identity of a policy: the written measures a plugin carries.
 *
 * @param id               stable machine id, lower-case letters, digits and dashes (e.g. {@code xinzhou}); equal to
 *                         the plugin id is usual but not required
 * @param jurisdictionCode GB/T 2260 administrative division code of the issuing government (e.g. {@code 140900})
 * @param jurisdiction     the jurisdiction's name (e.g. 忻州市)
 * @param title            the measures' title without book-title marks (e.g. 忻州市技术创新中心认定管理办法(试行))
 * @param documentNumber   the document number (文号) of the issuing notice; empty when the text does not give it
 * @param issuer           the issuing authority (e.g. 忻州市科学技术局)
 * @param effectiveDate    the date the measures apply from; {@code null} when the text does not say (the bureau then
 *                         enters it)
 * @param status           trial or final
 */
public record PolicyIdentity(
        String id,
        String jurisdictionCode,
        LocalizedText jurisdiction,
        LocalizedText title,
        String documentNumber,
        LocalizedText issuer,
        @Nullable LocalDate effectiveDate,
        PolicyStatus status) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");

    public PolicyIdentity {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("policy id must match " + ID.pattern() + ": " + id);
        }
        Objects.requireNonNull(jurisdictionCode, "jurisdictionCode");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(title, "title");
        documentNumber = documentNumber == null ? "" : documentNumber;
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(status, "status");
    }

    /** The effective date, when the measures state one. */
    public Optional<LocalDate> effectiveDateIfKnown() {
        return Optional.ofNullable(effectiveDate);
    }
}

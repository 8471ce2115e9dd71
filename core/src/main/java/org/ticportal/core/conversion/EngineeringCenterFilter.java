package org.ticportal.core.conversion;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the registry's grid filters by; every part optional, applied in the database.
 *
 * @param text         part of the name, the unit's name or the credit code
 * @param divisionCode the division
 * @param status       where the engineering centers stand
 */
public record EngineeringCenterFilter(@Nullable String text, @Nullable String divisionCode,
                                      @Nullable EngineeringCenterStatus status) {

    public static final EngineeringCenterFilter ALL = new EngineeringCenterFilter(null, null, null);

    public EngineeringCenterFilter withText(@Nullable String t) {
        return new EngineeringCenterFilter(t, divisionCode, status);
    }

    public EngineeringCenterFilter withDivision(@Nullable String d) {
        return new EngineeringCenterFilter(text, d, status);
    }

    public EngineeringCenterFilter withStatus(@Nullable EngineeringCenterStatus s) {
        return new EngineeringCenterFilter(text, divisionCode, s);
    }

    /** The filter within a jurisdiction ({@code null}: every jurisdiction, for administrators). */
    Specification<EngineeringCenter> toSpecification(@Nullable String jurisdictionCode) {
        return (root, query, cb) -> {
            var p = cb.conjunction();
            if (jurisdictionCode != null) {
                p = cb.and(p, cb.equal(root.get("jurisdictionCode"), jurisdictionCode));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                p = cb.and(p, cb.or(cb.like(root.get("name"), like, '\\'), cb.like(root.get("unitName"), like, '\\'),
                        cb.like(root.get("creditCode"), like, '\\')));
            }
            if (divisionCode != null && !divisionCode.isBlank()) {
                p = cb.and(p, cb.equal(root.get("divisionCode"), divisionCode));
            }
            if (status != null) {
                p = cb.and(p, cb.equal(root.get("status"), status));
            }
            return p;
        };
    }
}

package org.ticportal.core.expert;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the pool's grid filters by, in the database.
 *
 * @param jurisdictionCode the jurisdiction, or {@code null} for all
 * @param nameOrUnit       text in the name or the unit
 * @param field            a field code the expert has
 * @param active           only active ({@code true}) or inactive ({@code false}) experts, or both
 */
public record ExpertFilter(@Nullable String jurisdictionCode, @Nullable String nameOrUnit, @Nullable String field,
                           @Nullable Boolean active) {

    /** No filter. */
    public static final ExpertFilter NONE = new ExpertFilter(null, null, null, null);

    Specification<Expert> toSpecification() {
        return (root, query, cb) -> {
            var p = cb.conjunction();
            if (jurisdictionCode != null && !jurisdictionCode.isBlank()) {
                p = cb.and(p, cb.equal(root.get("jurisdictionCode"), jurisdictionCode));
            }
            if (nameOrUnit != null && !nameOrUnit.isBlank()) {
                String like = "%" + nameOrUnit.trim().toLowerCase(java.util.Locale.ROOT) + "%";
                p = cb.and(p, cb.or(cb.like(cb.lower(root.get("name")), like),
                        cb.like(cb.lower(root.get("unitName")), like)));
            }
            if (field != null && !field.isBlank()) {
                p = cb.and(p, cb.like(root.get("fields"), "%," + field.trim() + ",%"));
            }
            if (active != null) {
                p = cb.and(p, cb.equal(root.get("active"), active));
            }
            return p;
        };
    }
}

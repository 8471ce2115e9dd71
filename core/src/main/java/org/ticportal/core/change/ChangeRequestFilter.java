package org.ticportal.core.change;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.ticportal.core.user.AccessScope;

/**
 * What the change requests grid filters by, in the database: the type's code, the state, the center (its id, or text
 * in its name).
 *
 * @param typeCode   a change type's code
 * @param state      a state
 * @param centerText text in the center's name
 * @param centerId   one center's requests
 */
public record ChangeRequestFilter(@Nullable String typeCode, @Nullable ChangeRequestState state,
                                  @Nullable String centerText, @Nullable Long centerId) {

    public static final ChangeRequestFilter NONE = new ChangeRequestFilter(null, null, null, null);

    public ChangeRequestFilter withType(@Nullable String code) {
        return new ChangeRequestFilter(code, state, centerText, centerId);
    }

    public ChangeRequestFilter withState(@Nullable ChangeRequestState s) {
        return new ChangeRequestFilter(typeCode, s, centerText, centerId);
    }

    public ChangeRequestFilter withCenterText(@Nullable String text) {
        return new ChangeRequestFilter(typeCode, state, text, centerId);
    }

    public static ChangeRequestFilter ofCenter(long id) {
        return new ChangeRequestFilter(null, null, null, id);
    }

    /** The filter within what the scope may see: the jurisdiction's, the supervising body's, the unit's own. */
    Specification<ChangeRequest> toSpecification(AccessScope scope) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            switch (scope.role()) {
                case ADMIN -> {
                }
                case BUREAU -> {
                    if (scope.jurisdictionCode() != null) {
                        where.add(cb.equal(root.get("jurisdictionCode"), scope.jurisdictionCode()));
                    }
                }
                case COUNTY -> where.add(cb.equal(root.get("recommendingBodyCode"),
                        scope.recommendingBodyCode() == null ? "" : scope.recommendingBodyCode()));
                case APPLICANT -> where.add(cb.equal(root.get("unitId"),
                        scope.unitId() == null ? -1L : scope.unitId()));
                case EXPERT, AUDITOR -> where.add(cb.disjunction());
            }
            if (typeCode != null && !typeCode.isBlank()) {
                where.add(cb.equal(root.get("typeCode"), typeCode));
            }
            if (state != null) {
                where.add(cb.equal(root.get("state"), state));
            }
            if (centerText != null && !centerText.isBlank()) {
                where.add(cb.like(root.get("centerName"), "%" + centerText.strip().replace("%", "") + "%"));
            }
            if (centerId != null) {
                where.add(cb.equal(root.get("centerId"), centerId));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Whether a user of this scope sees the request (the rule every lookup applies). */
    static boolean sees(AccessScope scope, ChangeRequest r) {
        return switch (scope.role()) {
            case ADMIN -> true;
            case BUREAU -> scope.coversJurisdiction(r.getJurisdictionCode());
            case COUNTY -> r.getRecommendingBodyCode().equals(scope.recommendingBodyCode());
            case APPLICANT -> scope.unitId() != null && scope.unitId() == r.getUnitId();
            case EXPERT, AUDITOR -> false;
        };
    }
}

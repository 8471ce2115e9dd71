package org.ticportal.core.center;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.ticportal.core.user.AccessScope;

/**
 * What the centers' grids filter by; every part optional, applied in the database.
 *
 * @param text         part of the name or the lead unit's name
 * @param number       part of the recognition document number
 * @param status       where the centers stand
 * @param typeCode     the center type's code
 * @param clusterCode  the industry cluster's code
 * @param divisionCode the recommending body (county, district, development zone) the lead unit came through
 */
public record CenterFilter(@Nullable String text, @Nullable String number, @Nullable CenterStatus status,
                           @Nullable String typeCode, @Nullable String clusterCode, @Nullable String divisionCode) {

    public static final CenterFilter ALL = new CenterFilter(null, null, null, null, null, null);

    public CenterFilter withText(@Nullable String t) {
        return new CenterFilter(t, number, status, typeCode, clusterCode, divisionCode);
    }

    public CenterFilter withNumber(@Nullable String n) {
        return new CenterFilter(text, n, status, typeCode, clusterCode, divisionCode);
    }

    public CenterFilter withStatus(@Nullable CenterStatus s) {
        return new CenterFilter(text, number, s, typeCode, clusterCode, divisionCode);
    }

    public CenterFilter withType(@Nullable String code) {
        return new CenterFilter(text, number, status, code, clusterCode, divisionCode);
    }

    public CenterFilter withCluster(@Nullable String code) {
        return new CenterFilter(text, number, status, typeCode, code, divisionCode);
    }

    public CenterFilter withDivision(@Nullable String code) {
        return new CenterFilter(text, number, status, typeCode, clusterCode, code);
    }

    /** The filter within what the scope may see (every center for administrators; nothing for experts). */
    Specification<Center> toSpecification(AccessScope scope) {
        return visibleTo(scope).and(matching());
    }

    /** The centers the scope may see (every center for administrators; nothing for experts), in the database. */
    static Specification<Center> visibleTo(AccessScope scope) {
        return (root, query, cb) -> switch (scope.role()) {
            case ADMIN -> cb.conjunction();
            case BUREAU -> scope.jurisdictionCode() == null ? cb.conjunction()
                    : cb.equal(root.get("jurisdictionCode"), scope.jurisdictionCode());
            case COUNTY -> cb.equal(root.get("recommendingBodyCode"), String.valueOf(scope.recommendingBodyCode()));
            case APPLICANT -> cb.equal(root.get("unitId"), scope.unitId() == null ? -1L : scope.unitId());
            case EXPERT, AUDITOR -> cb.disjunction();
        };
    }

    /** The filter over the public registry: centers not revoked, provisional ones included (marked as such). */
    Specification<Center> toPublicSpecification() {
        return (root, query, cb) -> cb.and(root.get("status").in(Set.of(CenterStatus.ACTIVE, CenterStatus.RECTIFYING,
                CenterStatus.PROVISIONAL)),
                matching().toPredicate(root, query, cb));
    }

    private Specification<Center> matching() {
        return (root, query, cb) -> {
            var p = cb.conjunction();
            if (text != null && !text.isBlank()) {
                String like = like(text);
                p = cb.and(p, cb.or(cb.like(root.get("name"), like, '\\'),
                        cb.like(root.get("leadUnitName"), like, '\\')));
            }
            if (number != null && !number.isBlank()) {
                p = cb.and(p, cb.like(root.get("decisionNumber"), like(number), '\\'));
            }
            if (status != null) {
                p = cb.and(p, cb.equal(root.get("status"), status));
            }
            if (typeCode != null) {
                p = cb.and(p, cb.equal(root.get("typeCode"), typeCode));
            }
            if (clusterCode != null) {
                p = cb.and(p, cb.equal(root.get("clusterCode"), clusterCode));
            }
            if (divisionCode != null) {
                p = cb.and(p, cb.equal(root.get("recommendingBodyCode"), divisionCode));
            }
            return p;
        };
    }

    private static String like(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

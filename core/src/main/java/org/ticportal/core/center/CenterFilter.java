package org.ticportal.core.center;

import java.util.List;
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
 * @param evaluationDue only the centers falling due for evaluation under one of these rules (one per policy; empty:
 *                     none), {@code null}: any
 */
public record CenterFilter(@Nullable String text, @Nullable String number, @Nullable CenterStatus status,
                           @Nullable String typeCode, @Nullable String clusterCode, @Nullable String divisionCode,
                           @Nullable List<EvaluationDue> evaluationDue) {

    public static final CenterFilter ALL = new CenterFilter(null, null, null, null, null, null);

    public CenterFilter {
        evaluationDue = evaluationDue == null ? null : List.copyOf(evaluationDue);
    }

    /** A filter of any evaluation standing. */
    public CenterFilter(@Nullable String text, @Nullable String number, @Nullable CenterStatus status,
                        @Nullable String typeCode, @Nullable String clusterCode, @Nullable String divisionCode) {
        this(text, number, status, typeCode, clusterCode, divisionCode, null);
    }

    /** Only the centers falling due for evaluation under the rules ({@code null}: any). */
    public CenterFilter withEvaluationDue(@Nullable List<EvaluationDue> rules) {
        return new CenterFilter(text, number, status, typeCode, clusterCode, divisionCode, rules);
    }

    public CenterFilter withText(@Nullable String t) {
        return new CenterFilter(t, number, status, typeCode, clusterCode, divisionCode, evaluationDue);
    }

    public CenterFilter withNumber(@Nullable String n) {
        return new CenterFilter(text, n, status, typeCode, clusterCode, divisionCode, evaluationDue);
    }

    public CenterFilter withStatus(@Nullable CenterStatus s) {
        return new CenterFilter(text, number, s, typeCode, clusterCode, divisionCode, evaluationDue);
    }

    public CenterFilter withType(@Nullable String code) {
        return new CenterFilter(text, number, status, code, clusterCode, divisionCode, evaluationDue);
    }

    public CenterFilter withCluster(@Nullable String code) {
        return new CenterFilter(text, number, status, typeCode, code, divisionCode, evaluationDue);
    }

    public CenterFilter withDivision(@Nullable String code) {
        return new CenterFilter(text, number, status, typeCode, clusterCode, code, evaluationDue);
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
            if (evaluationDue != null && evaluationDue.isEmpty()) {
                p = cb.and(p, cb.disjunction());
            } else if (evaluationDue != null) {
                p = cb.and(p, cb.or(evaluationDue.stream().map(d -> CenterStanding.due(d.jurisdictionCode(),
                        d.policyId(), d.lastBefore(), d.batch()).toPredicate(root, query, cb))
                        .toArray(jakarta.persistence.criteria.Predicate[]::new)));
            }
            return p;
        };
    }

    private static String like(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

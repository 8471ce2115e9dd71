package org.ticportal.core.report;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.ticportal.core.user.AccessScope;

/**
 * What the annual reports grid filters by; every part optional, applied in the database.
 *
 * @param text  part of the center's name
 * @param year  the year reported
 * @param state where the reports stand
 */
public record AnnualReportFilter(@Nullable String text, @Nullable Integer year, @Nullable ReportState state) {

    public static final AnnualReportFilter ALL = new AnnualReportFilter(null, null, null);

    public AnnualReportFilter withText(@Nullable String t) {
        return new AnnualReportFilter(t, year, state);
    }

    public AnnualReportFilter withYear(@Nullable Integer y) {
        return new AnnualReportFilter(text, y, state);
    }

    public AnnualReportFilter withState(@Nullable ReportState s) {
        return new AnnualReportFilter(text, year, s);
    }

    /** The filter within what the scope may see: the same rule as the centers' ({@link ReportAccess#sees}). */
    Specification<AnnualReport> toSpecification(AccessScope scope) {
        return (root, query, cb) -> {
            var p = switch (scope.role()) {
                case ADMIN -> cb.conjunction();
                case BUREAU -> scope.jurisdictionCode() == null ? cb.conjunction()
                        : cb.equal(root.get("jurisdictionCode"), scope.jurisdictionCode());
                case COUNTY -> cb.equal(root.get("recommendingBodyCode"),
                        String.valueOf(scope.recommendingBodyCode()));
                case APPLICANT -> cb.equal(root.get("unitId"), scope.unitId() == null ? -1L : scope.unitId());
                case EXPERT, AUDITOR -> cb.disjunction();
            };
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                p = cb.and(p, cb.like(root.get("centerName"), like, '\\'));
            }
            if (year != null) {
                p = cb.and(p, cb.equal(root.get("year"), year));
            }
            if (state != null) {
                p = cb.and(p, cb.equal(root.get("state"), state));
            }
            return p;
        };
    }
}

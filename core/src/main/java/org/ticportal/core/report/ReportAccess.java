package org.ticportal.core.report;

import org.springframework.stereotype.Component;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;

/** Who may see and who may write an annual report: the rule every report lookup applies. */
@Component
class ReportAccess {

    private final AnnualReportRepository reports;
    private final UserService users;

    ReportAccess(AnnualReportRepository reports, UserService users) {
        this.reports = reports;
        this.users = users;
    }

    /** A report the user may see; {@code report.notFound} otherwise. */
    AnnualReport visible(long id) {
        AnnualReport r = reports.findById(id).orElse(null);
        if (r == null || !sees(users.currentScope(), r)) {
            throw new BusinessException("report.notFound", id);
        }
        return r;
    }

    /** A report of the user's own unit that may still be changed; refused otherwise. */
    AnnualReport ownEditable(long id) {
        AnnualReport r = visible(id);
        AccessScope scope = users.currentScope();
        if (scope.unitId() == null || scope.unitId() != r.getUnitId()) {
            throw new BusinessException("report.notOwn");
        }
        if (!r.getState().editable()) {
            throw new BusinessException("report.submitted", r.getYear());
        }
        return r;
    }

    /** The centers' rule: the lead unit, its supervising body, the jurisdiction's bureau, administrators. */
    static boolean sees(AccessScope scope, AnnualReport r) {
        return switch (scope.role()) {
            case ADMIN, COUNTY, APPLICANT -> scope.covers(r.getUnitId(), r.getRecommendingBodyCode());
            case BUREAU -> scope.coversJurisdiction(r.getJurisdictionCode());
            case EXPERT, AUDITOR -> false;
        };
    }
}

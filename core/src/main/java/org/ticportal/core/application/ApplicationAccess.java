package org.ticportal.core.application;

import org.springframework.data.jpa.domain.Specification;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.procedure.Actor;

/**
 * Who sees which applications and who may act for which actor of the procedure. The same rules feed the database
 * queries (so that lists never hold other scopes' rows) and the checks on single records.
 *
 * <ul>
 *   <li>An applicant sees and acts for their own unit's applications.</li>
 *   <li>A recommending body's reviewer sees the submitted applications that arrive through it for its
 *       recommendation (never those of a direct channel that happens to share its code) and acts as the recommending
 *       body.</li>
 *   <li>Bureau staff see the submitted applications of their jurisdiction (all, when they have none) and act for the
 *       authority, record the expert panel's conclusion and the decision body's decision.</li>
 *   <li>Administrators see every application (to migrate them), but act on none.</li>
 *   <li>Only the portal itself acts as {@link Actor#SYSTEM} (closing notices).</li>
 * </ul>
 */
final class ApplicationAccess {

    private ApplicationAccess() {
    }

    static Specification<RecognitionApplication> visibleTo(AccessScope scope) {
        return (root, query, cb) -> switch (scope.role()) {
            case ADMIN -> cb.conjunction();
            case APPLICANT -> scope.unitId() == null ? cb.disjunction()
                    : cb.equal(root.get("unit").get("id"), scope.unitId());
            case COUNTY -> scope.recommendingBodyCode() == null ? cb.disjunction()
                    : cb.and(cb.equal(root.get("recommendingBodyCode"), scope.recommendingBodyCode()),
                    cb.equal(root.get("channel"), SubmissionChannel.RECOMMENDED),
                    cb.isNotNull(root.get("submittedAt")));
            case BUREAU -> scope.jurisdictionCode() == null ? cb.isNotNull(root.get("submittedAt"))
                    : cb.and(cb.equal(root.get("jurisdictionCode"), scope.jurisdictionCode()),
                    cb.isNotNull(root.get("submittedAt")));
            case EXPERT -> cb.disjunction();
        };
    }

    static boolean canSee(AccessScope scope, RecognitionApplication app) {
        return switch (scope.role()) {
            case ADMIN -> true;
            case APPLICANT -> scope.unitId() != null && scope.unitId().equals(app.getUnit().getId());
            case COUNTY -> app.getSubmittedAt() != null && app.getChannel() == SubmissionChannel.RECOMMENDED
                    && app.getRecommendingBodyCode().equals(scope.recommendingBodyCode());
            case BUREAU -> app.getSubmittedAt() != null && scope.coversJurisdiction(app.getJurisdictionCode());
            case EXPERT -> false;
        };
    }

    /** Whether the user with this scope may act for the actor on the application. */
    static boolean canAct(Actor actor, AccessScope scope, RecognitionApplication app) {
        return switch (actor) {
            case APPLICANT -> scope.role() == Role.APPLICANT && canSee(scope, app);
            case RECOMMENDING_BODY -> scope.role() == Role.COUNTY && canSee(scope, app);
            case AUTHORITY, EXPERT_PANEL, DECISION_BODY -> scope.role() == Role.BUREAU && canSee(scope, app);
            case SYSTEM -> false;
        };
    }

    /** Whether the portal itself is acting, for {@link Actor#SYSTEM} steps. */
    static boolean isSystem() {
        return SystemAuthentication.isCurrent();
    }
}

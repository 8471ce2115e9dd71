package org.ticportal.core.application;

import org.springframework.data.jpa.domain.Specification;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * Who sees which applications and who may act for which actor of the procedure. The same rules feed the database
 * queries (so that lists never hold other scopes' rows) and the checks on single records.
 *
 * <ul>
 *   <li>An applicant sees and acts for their own unit's applications; the unit's administrator also acts as
 *       {@link Actor#UNIT_ADMINISTRATOR} (approves what leaves the unit).</li>
 *   <li>A case that waits for its unit's administrator has not left the unit: neither its recommending body nor the
 *       bureau sees it, even when it was submitted before and returned.</li>
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
                    cb.isNotNull(root.get("submittedAt")), cb.isFalse(root.get("withUnit")));
            case BUREAU -> scope.jurisdictionCode() == null
                    ? cb.and(cb.isNotNull(root.get("submittedAt")), cb.isFalse(root.get("withUnit")))
                    : cb.and(cb.equal(root.get("jurisdictionCode"), scope.jurisdictionCode()),
                    cb.isNotNull(root.get("submittedAt")), cb.isFalse(root.get("withUnit")));
            case EXPERT, AUDITOR -> cb.disjunction();
        };
    }

    /**
     * {@link #visibleTo} as an SQL condition on {@code recognition_application a}, its values added to
     * {@code parameters} in the order of their {@code ?}: for the grid's query (benchmark P1), which is plain JDBC.
     */
    static String visibleSql(AccessScope scope, java.util.List<Object> parameters) {
        String left = "a.submitted_at is not null and a.with_unit = false";
        return switch (scope.role()) {
            case ADMIN -> "1 = 1";
            case APPLICANT -> {
                if (scope.unitId() == null) {
                    yield "1 = 0";
                }
                parameters.add(scope.unitId());
                yield "a.unit_id = ?";
            }
            case COUNTY -> {
                if (scope.recommendingBodyCode() == null) {
                    yield "1 = 0";
                }
                parameters.add(scope.recommendingBodyCode());
                parameters.add(SubmissionChannel.RECOMMENDED.name());
                yield "a.recommending_body_code = ? and a.channel = ? and " + left;
            }
            case BUREAU -> {
                if (scope.jurisdictionCode() == null) {
                    yield left;
                }
                parameters.add(scope.jurisdictionCode());
                yield "a.jurisdiction_code = ? and " + left;
            }
            case EXPERT, AUDITOR -> "1 = 0";
        };
    }

    static boolean canSee(AccessScope scope, RecognitionApplication app) {
        return switch (scope.role()) {
            case ADMIN -> true;
            case APPLICANT -> scope.unitId() != null && scope.unitId().equals(app.getUnit().getId());
            case COUNTY -> left(app) && app.getChannel() == SubmissionChannel.RECOMMENDED
                    && app.getRecommendingBodyCode().equals(scope.recommendingBodyCode());
            case BUREAU -> left(app) && scope.coversJurisdiction(app.getJurisdictionCode());
            case EXPERT, AUDITOR -> false;
        };
    }

    /** The role the history records for a unit administrator's step (申报单位管理员). */
    static final String UNIT_ADMIN_ROLE = "UNIT_ADMIN";

    /**
     * Whether a stage is the applicant unit's own: one the unit's administrator takes a step from (the approval before
     * a submission leaves the unit). A case there has not left the unit.
     */
    static boolean unitStage(Procedure procedure, Stage stage) {
        return !stage.isFinal() && stage.kind() != StageKind.DRAFT
                && procedure.from(stage.code()).stream().anyMatch(t -> t.actor() == Actor.UNIT_ADMINISTRATOR);
    }

    /** Whether the application has left its unit: submitted, and not waiting for the unit's administrator. */
    private static boolean left(RecognitionApplication app) {
        return app.getSubmittedAt() != null && !app.isWithUnit();
    }

    /** Whether the user with this scope may act for the actor on the application. */
    static boolean canAct(Actor actor, AccessScope scope, RecognitionApplication app) {
        if (!mayActAs(actor, scope)) {
            return false;
        }
        return actor == Actor.UNIT_ADMINISTRATOR ? scope.administers(app.getUnit().getId()) : canSee(scope, app);
    }

    /**
     * Whether a user with this scope acts for the actor on the applications they see (those {@link #visibleTo} lists;
     * the unit's administrator on their own unit's): the role's part of {@link #canAct}, for queries over many.
     */
    static boolean mayActAs(Actor actor, AccessScope scope) {
        return switch (actor) {
            case APPLICANT -> scope.role() == Role.APPLICANT;
            case UNIT_ADMINISTRATOR -> scope.role() == Role.APPLICANT && scope.unitAdministrator();
            case RECOMMENDING_BODY -> scope.role() == Role.COUNTY;
            case AUTHORITY, EXPERT_PANEL, DECISION_BODY -> scope.role() == Role.BUREAU;
            case SYSTEM -> false;
        };
    }

    /** Whether the portal itself is acting, for {@link Actor#SYSTEM} steps. */
    static boolean isSystem() {
        return SystemAuthentication.isCurrent();
    }
}

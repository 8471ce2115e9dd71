package org.ticportal.core.change;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.procedure.Actor;

/**
 * Who sees which change requests and who acts for which actor of a type's approval chain (art. 15 of the Xinzhou
 * measures): administrators see all, bureau staff their jurisdiction's, a county body its supervised centers', the lead
 * unit its own ({@link ChangeRequestFilter#sees}); the county body acts as the recommending body, bureau staff as the
 * authority and the decision body, the lead unit's users as the applicant and its administrator also as the unit
 * administrator. Shared by {@link ChangeRequestService}, {@link ChangeRequestQueries} and {@link ChangeNotifications};
 * it checks no roles itself, its callers' public methods do, and runs in their transactions.
 */
@Component
class ChangeAccess {

    /** The states of a request still open: a center has one at a time. */
    static final Set<ChangeRequestState> OPEN = EnumSet.of(ChangeRequestState.REVIEWING, ChangeRequestState.RETURNED);

    private final ChangeRequestRepository requests;
    private final UserService users;

    ChangeAccess(ChangeRequestRepository requests, UserService users) {
        this.requests = requests;
        this.users = users;
    }

    /** A request the user may see; {@code change.notFound} otherwise. */
    ChangeRequest visible(long id) {
        ChangeRequest r = requests.findById(id).orElse(null);
        if (r == null || !ChangeRequestFilter.sees(users.currentScope(), r)) {
            throw new BusinessException("change.notFound", id);
        }
        return r;
    }

    /** Whether the user may revise and file again the (visible) returned request: its lead unit's user. */
    boolean mayResubmit(ChangeRequest r) {
        AccessScope scope = users.currentScope();
        return r.getState() == ChangeRequestState.RETURNED && scope.role() == Role.APPLICANT
                && scope.unitId() != null && scope.unitId() == r.getUnitId();
    }

    /** Whether a user of this scope acts for the actor the request waits for. */
    static boolean mayAct(AccessScope scope, ChangeRequest r) {
        Actor actor = r.currentActor();
        if (actor == null) {
            return false;
        }
        return switch (actor) {
            case RECOMMENDING_BODY -> scope.role() == Role.COUNTY
                    && r.getRecommendingBodyCode().equals(scope.recommendingBodyCode());
            case AUTHORITY, DECISION_BODY -> scope.role() == Role.BUREAU
                    && scope.coversJurisdiction(r.getJurisdictionCode());
            case UNIT_ADMINISTRATOR -> scope.administers(r.getUnitId());
            case APPLICANT -> scope.role() == Role.APPLICANT && scope.unitId() != null
                    && scope.unitId() == r.getUnitId();
            case EXPERT_PANEL, SYSTEM -> false;
        };
    }

    /**
     * Whether a user of the scope approves for the actor, on the requests of the scope (the unit's own for a lead
     * unit's user): {@link #mayAct}'s rule without the request.
     */
    static boolean approves(AccessScope scope, Actor actor) {
        return switch (actor) {
            case RECOMMENDING_BODY -> scope.role() == Role.COUNTY;
            case AUTHORITY, DECISION_BODY -> scope.role() == Role.BUREAU;
            case UNIT_ADMINISTRATOR -> scope.role() == Role.APPLICANT && scope.unitId() != null
                    && scope.administers(scope.unitId());
            case APPLICANT -> scope.role() == Role.APPLICANT && scope.unitId() != null;
            case EXPERT_PANEL, SYSTEM -> false;
        };
    }

    /** Whether the portal supports the actor in a change request's approval chain (no expert panel, no system step). */
    static boolean supported(Actor actor) {
        return actor != Actor.EXPERT_PANEL && actor != Actor.SYSTEM;
    }
}

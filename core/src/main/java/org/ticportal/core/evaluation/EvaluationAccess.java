package org.ticportal.core.evaluation;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.evaluation.EvaluationScheme;
import org.ticportal.policy.api.evaluation.EvaluationStep;
import org.ticportal.policy.api.evaluation.EvaluationStepKind;

/**
 * Who may see and who may act on an evaluation (the row-level scope of art. 14's evaluations): the administrator all,
 * the bureau its jurisdiction, a county body the centers it supervises, a lead unit its own, an expert only the
 * evaluations they were drawn for; a step is acted on by its actor in the procedure (the lead unit, the supervising
 * department, the bureau, the drawn experts). An evaluation outside the user's scope is {@code evaluation.notFound},
 * a stale one {@code evaluation.stale}, a step not the user's {@code evaluation.notYours}.
 *
 * <p>Called by the evaluation services inside their transactions, after their role checks; not transactional itself,
 * so that a refusal it throws does not mark a caller's transaction rollback-only on its way through a proxy.
 */
@Component
class EvaluationAccess {

    private final EvaluationRepository evaluations;
    private final EvaluationSeatRepository seats;
    private final UserService users;
    private final PortalTime time;

    EvaluationAccess(EvaluationRepository evaluations, EvaluationSeatRepository seats, UserService users,
                     PortalTime time) {
        this.evaluations = evaluations;
        this.seats = seats;
        this.users = users;
        this.time = time;
    }

    /** The evaluation if the user may see it; empty otherwise (no refusal, so a caller's transaction goes on). */
    java.util.Optional<Evaluation> findVisible(long id) {
        return evaluations.findById(id).filter(e -> sees(users.currentScope(), e));
    }

    /** The evaluation if the user may see it; {@code evaluation.notFound} otherwise. */
    Evaluation visible(long id) {
        Evaluation e = evaluations.findById(id).orElse(null);
        if (e == null || !sees(users.currentScope(), e)) {
            throw new BusinessException("evaluation.notFound", id);
        }
        return e;
    }

    /** The evaluation if the user may see it and it is still at the version they saw. */
    Evaluation editable(long id, long version) {
        Evaluation e = visible(id);
        if (e.getVersion() != version) {
            throw new BusinessException("evaluation.stale");
        }
        return e;
    }

    boolean sees(AccessScope scope, Evaluation e) {
        return switch (scope.role()) {
            case ADMIN -> true;
            case BUREAU -> scope.coversJurisdiction(e.getJurisdictionCode());
            case COUNTY -> e.getRecommendingBodyCode().equals(scope.recommendingBodyCode());
            case APPLICANT -> scope.unitId() != null && scope.unitId() == e.getUnitId();
            case EXPERT -> seats.findByEvaluationIdAndUsername(e.getId(), AuditService.currentActor()).isPresent();
            case AUDITOR -> false;
        };
    }

    /** Refused ({@code evaluation.notYours}) unless the step is of the kind (if given) and the user is its actor. */
    void requireActor(Evaluation e, EvaluationStep step, @Nullable EvaluationStepKind kind) {
        if (kind != null && step.kind() != kind || !mayAct(users.currentScope(), e, step)) {
            throw new BusinessException("evaluation.notYours");
        }
    }

    boolean mayAct(AccessScope scope, Evaluation e, EvaluationStep step) {
        return switch (step.actor()) {
            case APPLICANT, UNIT_ADMINISTRATOR -> leadUnit(scope, e);
            case RECOMMENDING_BODY -> scope.role() == org.ticportal.core.user.Role.ADMIN
                    || scope.role() == org.ticportal.core.user.Role.COUNTY
                    && e.getRecommendingBodyCode().equals(scope.recommendingBodyCode());
            case AUTHORITY, DECISION_BODY -> authority(scope, e);
            case EXPERT_PANEL -> scope.role() == org.ticportal.core.user.Role.EXPERT;
            case SYSTEM -> false;
        };
    }

    static boolean leadUnit(AccessScope scope, Evaluation e) {
        return scope.role() == org.ticportal.core.user.Role.ADMIN
                || scope.role() == org.ticportal.core.user.Role.APPLICANT && scope.unitId() != null
                && scope.unitId() == e.getUnitId();
    }

    static boolean authority(AccessScope scope, Evaluation e) {
        return scope.coversJurisdiction(e.getJurisdictionCode());
    }

    /** What the user may do on the evaluation now, as its page offers it. */
    Set<EvaluationViews.Action> actions(Evaluation e, EvaluationScheme scheme, AccessScope scope, String me) {
        Set<EvaluationViews.Action> out = EnumSet.noneOf(EvaluationViews.Action.class);
        if (e.getState() == EvaluationState.IN_PROGRESS) {
            EvaluationStep step = EvaluationEngine.current(e, scheme);
            switch (step.kind()) {
                case SELF_ASSESSMENT -> {
                    if (leadUnit(scope, e) && (e.getStepDue() == null || !time.today().isAfter(e.getStepDue()))) {
                        out.add(EvaluationViews.Action.SUBMIT);
                        out.add(EvaluationViews.Action.UPLOAD);
                    }
                }
                case REVIEW, ACCEPTANCE -> {
                    if (mayAct(scope, e, step)) {
                        out.add(EvaluationViews.Action.APPROVE);
                        if (step.mayReturn()) {
                            out.add(EvaluationViews.Action.RETURN);
                        }
                    }
                }
                case PANEL_SCORING -> {
                    if (scope.role() == org.ticportal.core.user.Role.EXPERT
                            && seats.findByEvaluationIdAndUsername(e.getId(), me).isPresent()) {
                        out.add(EvaluationViews.Action.SCORE);
                    }
                    if (authority(scope, e)) {
                        out.add(EvaluationViews.Action.DECIDE);
                    }
                }
            }
        } else if (e.getState() == EvaluationState.RECTIFYING) {
            if (leadUnit(scope, e) && e.getRectificationReport() == null) {
                out.add(EvaluationViews.Action.REPORT);
                out.add(EvaluationViews.Action.UPLOAD);
            }
            if (authority(scope, e) && (e.getRectificationReport() != null
                    || e.getRectifyDue() != null && time.today().isAfter(e.getRectifyDue()))) {
                out.add(EvaluationViews.Action.RECHECK);
            }
        }
        return out;
    }
}

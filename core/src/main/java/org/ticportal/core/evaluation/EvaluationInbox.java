package org.ticportal.core.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.evaluation.EvaluationScheme;
import org.ticportal.policy.api.evaluation.EvaluationStep;

/**
 * The evaluations waiting for the logged-in user (我的待办 of 绩效评估, art. 14 of the Xinzhou measures): each open
 * evaluation's step by its pinned {@link EvaluationScheme}, as far as the step is the user's to act on, and the
 * rectifications waiting for the lead unit's report or the bureau's re-check; selected in the database within the
 * user's scope (the evaluations 绩效评估 lists, {@link EvaluationFilter#toSpecification}).
 */
@Service
@Transactional(readOnly = true)
public class EvaluationInbox {

    private final EvaluationRepository evaluations;
    private final EvaluationEngine engine;
    private final WorkingDayCalendar calendar;
    private final UserService users;
    private final PortalTime time;

    EvaluationInbox(EvaluationRepository evaluations, EvaluationEngine engine, WorkingDayCalendar calendar,
                    UserService users, PortalTime time) {
        this.evaluations = evaluations;
        this.engine = engine;
        this.calendar = calendar;
        this.users = users;
        this.time = time;
    }

    /** The most evaluations 我的待办 lists; beyond it, the user works in 绩效评估's grid. */
    public static final int MAX_WAITING = 200;

    /**
     * The evaluations waiting for the logged-in user (我的待办), within their scope and selected in the database,
     * longest waiting first, at most {@code limit}: the lead unit's self-assessment before its deadline and its
     * rectification report, the supervising department's or the bureau's review or acceptance step, the bureau's
     * decision once every drawn expert scored and its re-check of a rectification (reported, or its period ended), an
     * expert's scoring while their seat has no score. The steps are the policy's: each open evaluation's pinned scheme
     * says which of its steps are whose. The administrator, who may act on all, has none waiting.
     */
    @PreAuthorize("isAuthenticated()")
    public EvaluationViews.WaitingList waitingForMe(int limit) {
        if (limit < 1 || limit > MAX_WAITING) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_WAITING + ": " + limit);
        }
        AccessScope scope = users.currentScope();
        String me = AuditService.currentActor();
        if (scope.role() == org.ticportal.core.user.Role.ADMIN) {
            return new EvaluationViews.WaitingList(List.of(), false);
        }
        LocalDate today = time.today();
        Map<PolicyPin, EvaluationScheme> schemes = engine.runningSchemes();
        boolean rectificationsWait = scope.role() == org.ticportal.core.user.Role.APPLICANT
                || scope.role() == org.ticportal.core.user.Role.BUREAU;
        if (!rectificationsWait && schemes.values().stream().flatMap(s -> s.procedure().steps().stream())
                .allMatch(step -> taskAt(scope, step) == null)) {
            // no running scheme has a step of this role and no rectification waits for it: the database is not asked
            return new EvaluationViews.WaitingList(List.of(), false);
        }
        org.springframework.data.jpa.domain.Specification<Evaluation> waiting = (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> any = new ArrayList<>();
            schemes.forEach((pin, scheme) -> {
                for (EvaluationStep step : scheme.procedure().steps()) {
                    EvaluationViews.Task task = taskAt(scope, step);
                    if (task == null) {
                        continue;
                    }
                    jakarta.persistence.criteria.Predicate at = cb.and(
                            cb.equal(root.get("state"), EvaluationState.IN_PROGRESS),
                            cb.equal(root.get("policyId"), pin.policyId()),
                            cb.equal(root.get("pluginId"), pin.pluginId()),
                            cb.equal(root.get("pluginVersion"), pin.pluginVersion()),
                            cb.equal(root.get("stepCode"), step.code()));
                    switch (task) {
                        case SELF_ASSESSMENT -> at = cb.and(at, cb.or(cb.isNull(root.get("stepDue")),
                                cb.greaterThanOrEqualTo(root.get("stepDue"), today)));
                        case SCORE -> {
                            var seat = query.subquery(Long.class);
                            var s = seat.from(EvaluationSeat.class);
                            seat.select(s.get("id")).where(cb.equal(s.get("evaluationId"), root.get("id")),
                                    cb.equal(s.get("username"), me), cb.isNull(s.get("total")));
                            at = cb.and(at, cb.exists(seat));
                        }
                        case DECIDE -> {
                            var seated = query.subquery(Long.class);
                            var s = seated.from(EvaluationSeat.class);
                            seated.select(s.get("id")).where(cb.equal(s.get("evaluationId"), root.get("id")));
                            var unscored = query.subquery(Long.class);
                            var u = unscored.from(EvaluationSeat.class);
                            unscored.select(u.get("id")).where(cb.equal(u.get("evaluationId"), root.get("id")),
                                    cb.isNull(u.get("total")));
                            at = cb.and(at, cb.exists(seated), cb.not(cb.exists(unscored)));
                        }
                        default -> {
                        }
                    }
                    any.add(at);
                }
            });
            jakarta.persistence.criteria.Predicate rectifying = cb.equal(root.get("state"),
                    EvaluationState.RECTIFYING);
            if (scope.role() == org.ticportal.core.user.Role.APPLICANT) {
                any.add(cb.and(rectifying, cb.isNull(root.get("rectificationReport"))));
            } else if (scope.role() == org.ticportal.core.user.Role.BUREAU) {
                any.add(cb.and(rectifying, cb.or(cb.isNotNull(root.get("rectificationReport")),
                        cb.lessThan(root.get("rectifyDue"), today))));
            }
            return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
        List<Evaluation> found = evaluations.findAll(EvaluationFilter.ALL.toSpecification(scope, me).and(waiting),
                PageRequest.of(0, limit + 1, Sort.by("updatedAt", "id"))).getContent();
        List<EvaluationViews.Waiting> rows = new ArrayList<>();
        for (Evaluation e : found.subList(0, Math.min(limit, found.size()))) {
            rows.add(waiting(e, scope, schemes.get(e.getPin()), today));
        }
        return new EvaluationViews.WaitingList(rows, found.size() > limit);
    }

    /** What the scope does at the step, if the step is the scope's (as {@link EvaluationAccess#actions} offers it). */
    private static EvaluationViews.@Nullable Task taskAt(AccessScope scope, EvaluationStep step) {
        org.ticportal.core.user.Role role = scope.role();
        return switch (step.kind()) {
            case SELF_ASSESSMENT -> role == org.ticportal.core.user.Role.APPLICANT
                    ? EvaluationViews.Task.SELF_ASSESSMENT : null;
            case REVIEW, ACCEPTANCE -> switch (step.actor()) {
                case RECOMMENDING_BODY -> role == org.ticportal.core.user.Role.COUNTY
                        ? EvaluationViews.Task.REVIEW : null;
                case AUTHORITY, DECISION_BODY -> role == org.ticportal.core.user.Role.BUREAU
                        ? EvaluationViews.Task.REVIEW : null;
                case APPLICANT, UNIT_ADMINISTRATOR -> role == org.ticportal.core.user.Role.APPLICANT
                        ? EvaluationViews.Task.REVIEW : null;
                case EXPERT_PANEL, SYSTEM -> null;
            };
            case PANEL_SCORING -> role == org.ticportal.core.user.Role.EXPERT ? EvaluationViews.Task.SCORE
                    : role == org.ticportal.core.user.Role.BUREAU ? EvaluationViews.Task.DECIDE : null;
        };
    }

    private EvaluationViews.Waiting waiting(Evaluation e, AccessScope scope, @Nullable EvaluationScheme scheme,
                                            LocalDate today) {
        EvaluationViews.Task task;
        LocalizedText stepName = null;
        Instant since;
        LocalDate due;
        if (e.getState() == EvaluationState.RECTIFYING) {
            boolean bureau = scope.role() == org.ticportal.core.user.Role.BUREAU;
            task = bureau ? EvaluationViews.Task.RECHECK : EvaluationViews.Task.REPORT;
            since = bureau && e.getRectificationAt() != null ? e.getRectificationAt() : e.getUpdatedAt();
            due = bureau ? null : e.getRectifyDue();
        } else {
            EvaluationStep step = scheme == null ? null
                    : scheme.procedure().step(java.util.Objects.requireNonNull(e.getStepCode())).orElse(null);
            task = step == null ? EvaluationViews.Task.REVIEW
                    : java.util.Objects.requireNonNullElse(taskAt(scope, step), EvaluationViews.Task.REVIEW);
            stepName = scheme == null ? null : EvaluationEngine.stepName(scheme, e.getStepCode());
            since = e.getStepSince() == null ? e.getUpdatedAt() : e.getStepSince();
            due = e.getStepDue();
        }
        return new EvaluationViews.Waiting(e.getId(), e.getCenterName(), e.getLeadUnitName(), task, stepName, since,
                due, due == null ? null : calendar.workingDaysAfter(today, due), due != null && due.isBefore(today));
    }
}

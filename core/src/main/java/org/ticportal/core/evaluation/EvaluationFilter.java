package org.ticportal.core.evaluation;

import java.time.LocalDate;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.ticportal.core.user.AccessScope;
import org.ticportal.policy.api.evaluation.Outcome;

/**
 * What the evaluations grid filters by, in the database.
 *
 * @param roundId the round, or {@code null} for all
 * @param text    part of the center's or the lead unit's name
 * @param state   the state, or {@code null}
 * @param outcome the outcome, or {@code null}
 * @param stepDueFrom with {@code stepDueTo}: only running evaluations whose step's time limit ends on or after this
 *                    day ({@code null}: however long ago) — the dashboard's 即将到期 and 已超期
 * @param stepDueTo   only running evaluations whose step's time limit ends on or before this day ({@code null}: no
 *                    such filter)
 * @param toScore     only running evaluations on which the user's own seat (评审专家) has no score yet — an expert's
 *                    scoring still to do, the expert's 统计看板; none for a user without a seat. Whether the
 *                    evaluation is at a scoring step is the policy's to say: {@link EvaluationReader} adds it
 */
public record EvaluationFilter(@Nullable Long roundId, @Nullable String text, @Nullable EvaluationState state,
                               @Nullable Outcome outcome, @Nullable LocalDate stepDueFrom,
                               @Nullable LocalDate stepDueTo, boolean toScore) {

    public static final EvaluationFilter ALL = new EvaluationFilter(null, null, null, null);

    /** A filter of any time limit. */
    public EvaluationFilter(@Nullable Long roundId, @Nullable String text, @Nullable EvaluationState state,
                            @Nullable Outcome outcome) {
        this(roundId, text, state, outcome, null, null, false);
    }

    /** A filter of evaluations whoever scores them. */
    public EvaluationFilter(@Nullable Long roundId, @Nullable String text, @Nullable EvaluationState state,
                            @Nullable Outcome outcome, @Nullable LocalDate stepDueFrom,
                            @Nullable LocalDate stepDueTo) {
        this(roundId, text, state, outcome, stepDueFrom, stepDueTo, false);
    }

    public EvaluationFilter withRound(@Nullable Long round) {
        return new EvaluationFilter(round, text, state, outcome, stepDueFrom, stepDueTo, toScore);
    }

    public EvaluationFilter withText(@Nullable String t) {
        return new EvaluationFilter(roundId, t, state, outcome, stepDueFrom, stepDueTo, toScore);
    }

    public EvaluationFilter withState(@Nullable EvaluationState s) {
        return new EvaluationFilter(roundId, text, s, outcome, stepDueFrom, stepDueTo, toScore);
    }

    public EvaluationFilter withOutcome(@Nullable Outcome o) {
        return new EvaluationFilter(roundId, text, state, o, stepDueFrom, stepDueTo, toScore);
    }

    /** Evaluations whatever their step's time limit (the filter without {@link #withStepDueWithin} or overdue). */
    public EvaluationFilter withAnyStepDue() {
        return new EvaluationFilter(roundId, text, state, outcome, null, null, toScore);
    }

    /** Only the running evaluations whose step's time limit ends within {@code days} from {@code today} (inclusive). */
    public EvaluationFilter withStepDueWithin(LocalDate today, int days) {
        return new EvaluationFilter(roundId, text, state, outcome, today, today.plusDays(days), toScore);
    }

    /** Only the running evaluations whose step's time limit ended before {@code today} (已超期). */
    public EvaluationFilter withStepOverdue(LocalDate today) {
        return new EvaluationFilter(roundId, text, state, outcome, null, today.minusDays(1), toScore);
    }

    /** Only the running evaluations the user has still to score ({@code true}), or any. */
    public EvaluationFilter withToScore(boolean t) {
        return new EvaluationFilter(roundId, text, state, outcome, stepDueFrom, stepDueTo, t);
    }

    /** The evaluations of the filter the user may see: the scope's rows only (an expert's assigned ones). */
    Specification<Evaluation> toSpecification(AccessScope scope, String username) {
        return (root, query, cb) -> {
            Predicate p = switch (scope.role()) {
                case ADMIN -> cb.conjunction();
                case BUREAU -> scope.jurisdictionCode() == null ? cb.conjunction()
                        : cb.equal(root.get("jurisdictionCode"), scope.jurisdictionCode());
                case COUNTY -> cb.equal(root.get("recommendingBodyCode"), String.valueOf(scope.recommendingBodyCode()));
                case APPLICANT -> cb.equal(root.get("unitId"), scope.unitId() == null ? -1L : scope.unitId());
                case EXPERT -> {
                    Subquery<Long> seats = query.subquery(Long.class);
                    var seat = seats.from(EvaluationSeat.class);
                    seats.select(seat.get("evaluationId")).where(cb.equal(seat.get("username"), username));
                    yield root.get("id").in(seats);
                }
                case AUDITOR -> cb.disjunction();
            };
            if (roundId != null) {
                p = cb.and(p, cb.equal(root.get("roundId"), roundId));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                p = cb.and(p, cb.or(cb.like(root.get("centerName"), like, '\\'),
                        cb.like(root.get("leadUnitName"), like, '\\')));
            }
            if (state != null) {
                p = cb.and(p, cb.equal(root.get("state"), state));
            }
            if (outcome != null) {
                p = cb.and(p, cb.equal(root.get("outcome"), outcome));
            }
            if (stepDueTo != null) {
                p = cb.and(p, cb.equal(root.get("state"), EvaluationState.IN_PROGRESS),
                        cb.lessThanOrEqualTo(root.get("stepDue"), stepDueTo));
                if (stepDueFrom != null) {
                    p = cb.and(p, cb.greaterThanOrEqualTo(root.get("stepDue"), stepDueFrom));
                }
            }
            if (toScore) {
                Subquery<Long> unscored = query.subquery(Long.class);
                var seat = unscored.from(EvaluationSeat.class);
                unscored.select(seat.get("id")).where(cb.equal(seat.get("evaluationId"), root.get("id")),
                        cb.equal(seat.get("username"), username), cb.isNull(seat.get("total")));
                p = cb.and(p, cb.equal(root.get("state"), EvaluationState.IN_PROGRESS), cb.exists(unscored));
            }
            return p;
        };
    }
}

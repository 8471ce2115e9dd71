package org.ticportal.core.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.center.CenterStanding;
import org.ticportal.core.center.CenterStandingRow;
import org.ticportal.core.center.CenterStatus;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.expert.EvaluationDraws;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.policy.PolicySettingsService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.evaluation.EvaluationDecision;
import org.ticportal.policy.api.evaluation.EvaluationHistory;
import org.ticportal.policy.api.evaluation.EvaluationScheme;
import org.ticportal.policy.api.evaluation.EvaluationStep;
import org.ticportal.policy.api.evaluation.EvaluationStepKind;
import org.ticportal.policy.api.evaluation.Grade;
import org.ticportal.policy.api.evaluation.Indicator;
import org.ticportal.policy.api.evaluation.Outcome;
import org.ticportal.policy.api.procedure.Actor;

/**
 * How an evaluation moves on the policy's {@link EvaluationScheme} (绩效评估, art. 14 of the Xinzhou measures): into the
 * next step with its time limit in working days, the experts drawn from the pool by the scheme's panel rules on
 * entering the panel's scoring; the result concluded (grade, the policy's decision on the grade and the center's
 * history) and applied to the center, now or after the result notice. Every change is saved (a stale edit refused,
 * {@code evaluation.stale}), a history row of the evaluation and an audit event, and the step's actor is told after
 * the commit ({@link EvaluationTask}).
 *
 * <p>No roles and no scope checks here: the evaluation services call it inside their transactions, after their own
 * ({@link EvaluationService}, {@link EvaluationRoundService}). Not transactional itself, so that a refusal it throws
 * (or a policy version that cannot be read) does not mark a caller's transaction rollback-only through a proxy.
 */
@Component
class EvaluationEngine {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EvaluationEngine.class);

    /** How names are listed and parts of a history comment joined (Chinese: the list comma and the semicolon). */
    static final String LIST_SEP = CoreMessages.text("center.coBuilders.separator").zh();
    static final String PART_SEP = CoreMessages.text("evaluation.history.separator").zh();

    private final EvaluationRepository evaluations;
    private final EvaluationStepRecordRepository history;
    private final EvaluationSeatRepository seats;
    private final CenterStanding centers;
    private final EvaluationDraws draws;
    private final PolicyProviders providers;
    private final PolicySettingsService settings;
    private final WorkingDayCalendar calendar;
    private final AuditService audit;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    EvaluationEngine(EvaluationRepository evaluations, EvaluationStepRecordRepository history,
                     EvaluationSeatRepository seats, CenterStanding centers, EvaluationDraws draws,
                     PolicyProviders providers, PolicySettingsService settings, WorkingDayCalendar calendar,
                     AuditService audit, PortalTime time, ApplicationEventPublisher events) {
        this.evaluations = evaluations;
        this.history = history;
        this.seats = seats;
        this.centers = centers;
        this.draws = draws;
        this.providers = providers;
        this.settings = settings;
        this.calendar = calendar;
        this.audit = audit;
        this.time = time;
        this.events = events;
    }

    /**
     * Moves the evaluation from the step to the procedure's next, with its time limit; entering the panel's scoring
     * draws the experts (once) and tells them, any other step tells its actor.
     */
    void advance(Evaluation e, EvaluationScheme scheme, EvaluationStep step, AuditAction action,
                 @Nullable String comment, @Nullable String fileNames) {
        EvaluationStep next = scheme.procedure().next(step.code()).orElseThrow();
        LocalDate due = dueIn(time.today(), next.workingDays());
        List<String> experts = List.of();
        if (next.kind() == EvaluationStepKind.PANEL_SCORING && seats.findByEvaluationIdOrderBySeatOrderAsc(
                e.getId()).isEmpty()) {
            experts = drawPanel(e, scheme);
        }
        e.enter(next.code(), time.now(), due);
        save(e);
        record(e, action, step.code(), next.code(), comment, fileNames);
        if (next.kind() == EvaluationStepKind.PANEL_SCORING) {
            events.publishEvent(new EvaluationTask(e.getId(), e.getCenterName(), next.name(), due, Actor.EXPERT_PANEL,
                    e.getUnitId(), e.getRecommendingBodyCode(), e.getJurisdictionCode(), experts));
        } else {
            tell(e, next, due);
        }
    }

    private List<String> drawPanel(Evaluation e, EvaluationScheme scheme) {
        CenterStandingRow center = centers.standing(e.getCenterId());
        long seed = EvaluationDraws.seed();
        List<EvaluationDraws.Drawn> drawn = draws.draw(e.getJurisdictionCode(), scheme.panelRules(),
                center.leadUnitName(), center.coBuilderNames(), seed);
        int order = 1;
        for (EvaluationDraws.Drawn d : drawn) {
            seats.save(new EvaluationSeat(e.getId(), d.expertId(), d.username(), d.name(), order++));
        }
        seats.flush();
        e.drawn(seed);
        String skipped = drawn.isEmpty() ? "" : String.join(LIST_SEP, drawn.get(0).skipped());
        record(e, AuditAction.DRAWN, e.getStepCode(), e.getStepCode(), "seed " + seed + PART_SEP
                + String.join(LIST_SEP, drawn.stream().map(EvaluationDraws.Drawn::name).toList())
                + (skipped.isEmpty() ? "" : PART_SEP + CoreMessages.text("evaluation.history.avoided", skipped).zh()),
                null);
        audit.record(AuditSubject.EVALUATION, Long.toString(e.getId()), AuditAction.PANEL_DRAWN, null,
                drawn.stream().map(EvaluationDraws.Drawn::name).toList().toString(), "seed " + seed);
        return drawn.stream().map(EvaluationDraws.Drawn::username).toList();
    }

    /** Total, grade and decision; applied now or after the result notice. */
    void conclude(Evaluation e, EvaluationScheme scheme, @Nullable BigDecimal total, Grade grade,
                  boolean missing) {
        CenterStandingRow center = centers.standing(e.getCenterId());
        EvaluationHistory past = historyOf(e, center);
        if (missing) {
            past = past.withSubmissionMissing();
        }
        EvaluationDecision decision = scheme.decide(grade, past, settings.settingsFor(e.getPin()));
        LocalDate today = time.today();
        LocalDate effective = scheme.resultNoticeWorkingDays() > 0
                ? calendar.periodFor(today, scheme.resultNoticeWorkingDays(), false).last().plusDays(1) : today;
        LocalDate rectifyUntil = decision.outcome() == Outcome.RECTIFY ? effective.plusMonths(
                decision.rectifyMonths() > 0 ? decision.rectifyMonths() : Math.max(1, scheme.rectifyMonths())) : null;
        String from = e.getStepCode();
        e.decided(total, grade, decision, scheme.article(), missing, today, effective, rectifyUntil, time.now());
        save(e);
        record(e, AuditAction.DECIDED, from, null, (total == null ? "" : total.toPlainString() + PART_SEP)
                + grade.name().zh() + PART_SEP + decision.outcome().name() + PART_SEP + decision.reason().zh(), null);
        audit.record(AuditSubject.EVALUATION, Long.toString(e.getId()), AuditAction.DECIDED, null,
                decision.outcome().name(), grade.code() + "; " + total + "; " + past + "; " + decision.reason().zh());
        if (e.getState() == EvaluationState.CLOSED) {
            apply(e);
        }
    }

    /** The decided outcome takes effect on the center, and those concerned are told the result. */
    void apply(Evaluation e) {
        centers.evaluated(e.getCenterId(), java.util.Objects.requireNonNull(e.getOutcome()), e.isOutstanding(),
                e.isRecommendUpward(), java.util.Objects.requireNonNull(e.getDecidedOn()),
                java.util.Objects.requireNonNull(e.getGradeName()), e.getRectifyDue(), "evaluation " + e.getId(),
                java.util.Objects.requireNonNull(e.getReason()));
        e.applied(time.now());
        save(e);
        record(e, AuditAction.APPLIED, null, null, e.getOutcome().name(), null);
        events.publishEvent(new EvaluationTask(e.getId(), e.getCenterName(), resultText(e), null, null,
                e.getUnitId(), e.getRecommendingBodyCode(), e.getJurisdictionCode(), List.of()));
    }

    private static LocalizedText resultText(Evaluation e) {
        LocalizedText grade = java.util.Objects.requireNonNull(e.getGradeName());
        LocalizedText reason = java.util.Objects.requireNonNull(e.getReason());
        return CoreMessages.text("evaluation.task.result", grade, reason);
    }

    /** The center's history before this evaluation, from its earlier decided evaluations and its status. */
    EvaluationHistory historyOf(Evaluation e, CenterStandingRow center) {
        List<Boolean> passed = evaluations.findDecidedOf(e.getCenterId()).stream()
                .filter(x -> x.getId() != e.getId()).map(x -> Boolean.TRUE.equals(x.getPassing())).toList();
        return EvaluationHistories.of(passed, center.status() == CenterStatus.RECTIFYING,
                center.status() == CenterStatus.PROVISIONAL);
    }

    /** The scores of the scheme's indicators, each within its weight; with {@code complete} every one required. */
    Map<String, BigDecimal> checkedScores(EvaluationScheme scheme, Map<String, BigDecimal> given,
                                          boolean complete) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Indicator i : scheme.scoredIndicators()) {
            BigDecimal v = given == null ? null : given.get(i.code());
            if (v == null) {
                if (complete) {
                    throw BusinessException.onField(i.code(), "evaluation.scoreRequired", i.name().zh());
                }
                continue;
            }
            if (v.signum() < 0 || v.compareTo(i.weight()) > 0) {
                throw BusinessException.onField(i.code(), "evaluation.scoreRange", i.name().zh(),
                        i.weight().toPlainString());
            }
            out.put(i.code(), v);
        }
        return out;
    }

    /** The last day of a time limit of working days from today; none for 0. */
    @Nullable LocalDate dueIn(LocalDate today, int workingDays) {
        return workingDays > 0 ? calendar.periodFor(today, workingDays, false).last() : null;
    }

    /** The scheme of the policy version the evaluation is pinned to. */
    EvaluationScheme scheme(PolicyPin pin) {
        return providers.read(pin, p -> p.evaluation());
    }

    /**
     * The schemes of the plugin versions running evaluations (in progress or rectifying) are pinned to; a version that
     * cannot be read now is left out: it offers no step.
     */
    Map<PolicyPin, EvaluationScheme> runningSchemes() {
        Map<PolicyPin, EvaluationScheme> schemes = new LinkedHashMap<>();
        for (Object[] row : evaluations.openPins()) {
            PolicyPin pin = new PolicyPin((String) row[0], (String) row[1], (String) row[2]);
            try {
                schemes.put(pin, scheme(pin));
            } catch (RuntimeException ex) {
                // a policy version that cannot be read now offers no step (its plugin was removed or failed: the
                // plugin screen says so)
                LOG.debug("Evaluations pinned to {} offer no step now: its scheme cannot be read", pin, ex);
            }
        }
        return schemes;
    }

    /**
     * The evaluations in progress at a step of the kind under their own policy version's procedure: the kind is the
     * policy's, an evaluation stores only its step's code (e.g. 专家评分, {@link EvaluationStepKind#PANEL_SCORING}).
     */
    Specification<Evaluation> atStepOf(EvaluationStepKind kind) {
        Map<PolicyPin, List<String>> codes = new LinkedHashMap<>();
        runningSchemes().forEach((pin, scheme) -> {
            List<String> steps = scheme.procedure().steps().stream().filter(step -> step.kind() == kind)
                    .map(EvaluationStep::code).toList();
            if (!steps.isEmpty()) {
                codes.put(pin, steps);
            }
        });
        return (root, query, cb) -> {
            List<Predicate> any = new ArrayList<>();
            codes.forEach((pin, steps) -> any.add(cb.and(cb.equal(root.get("policyId"), pin.policyId()),
                    cb.equal(root.get("pluginId"), pin.pluginId()),
                    cb.equal(root.get("pluginVersion"), pin.pluginVersion()), root.get("stepCode").in(steps))));
            return any.isEmpty() ? cb.disjunction()
                    : cb.and(cb.equal(root.get("state"), EvaluationState.IN_PROGRESS), cb.or(any.toArray(Predicate[]::new)));
        };
    }

    /** The evaluation's current step; {@code evaluation.closed} when it is at none. */
    static EvaluationStep current(Evaluation e, EvaluationScheme scheme) {
        if (e.getState() != EvaluationState.IN_PROGRESS || e.getStepCode() == null) {
            throw new BusinessException("evaluation.closed");
        }
        return scheme.procedure().step(e.getStepCode()).orElseThrow(
                () -> new BusinessException("evaluation.unknownStep", e.getStepCode()));
    }

    static @Nullable LocalizedText stepName(EvaluationScheme scheme, @Nullable String code) {
        return code == null ? null : scheme.procedure().step(code).map(EvaluationStep::name)
                .orElse(new LocalizedText(code, code));
    }

    /** Saves the evaluation; a concurrent change is {@code evaluation.stale}. */
    void save(Evaluation e) {
        try {
            evaluations.saveAndFlush(e);
        } catch (ObjectOptimisticLockingFailureException ex) {
            throw new BusinessException("evaluation.stale");
        }
    }

    /** A history row of the evaluation and an audit event. */
    void record(Evaluation e, AuditAction action, @Nullable String from, @Nullable String to,
                @Nullable String comment, @Nullable String fileNames) {
        history.save(new EvaluationStepRecord(e.getId(), time.now(), AuditService.currentActor(), action.code(), from,
                to, comment, fileNames));
        audit.record(AuditSubject.EVALUATION, Long.toString(e.getId()), action, from, to, comment);
    }

    /** Tells the step's actor (after the commit) that the evaluation waits for them until the day. */
    void tell(Evaluation e, EvaluationStep step, @Nullable LocalDate due) {
        events.publishEvent(new EvaluationTask(e.getId(), e.getCenterName(), step.name(), due, step.actor(),
                e.getUnitId(), e.getRecommendingBodyCode(), e.getJurisdictionCode(), List.of()));
    }

    /** The evaluation's row in a list. */
    EvaluationViews.Row row(Evaluation e) {
        LocalizedText stepName = null;
        if (e.getStepCode() != null) {
            stepName = stepName(scheme(e.getPin()), e.getStepCode());
        }
        boolean overdue = e.getState() == EvaluationState.IN_PROGRESS && e.getStepDue() != null
                && time.today().isAfter(e.getStepDue());
        return new EvaluationViews.Row(e.getId(), e.getVersion(), e.getRoundId(), e.getCenterId(), e.getCenterName(),
                e.getLeadUnitName(), e.getState(), stepName, e.getStepDue(), overdue, e.getScore(), e.getGradeName(),
                e.getOutcome(), e.isOutstanding(), e.isRecommendUpward(), e.getDecidedOn());
    }
}

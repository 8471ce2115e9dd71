package org.ticportal.core.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.center.CenterStanding;
import org.ticportal.core.center.CenterStandingRow;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.evaluation.CycleBasis;
import org.ticportal.policy.api.evaluation.EvaluationScheme;
import org.ticportal.policy.api.evaluation.EvaluationStep;

/**
 * The rounds of performance evaluation (绩效评估, art. 14 of the Xinzhou measures): the bureau opens a round for the
 * centers of its jurisdiction due by a day, by its active policy's {@link EvaluationScheme} (its cycle and basis);
 * each center due gets an evaluation at the procedure's first step ({@link EvaluationService} takes it on from there).
 *
 * <p>Every public method has its roles and applies the row-level scope: the bureau its jurisdiction, the administrator
 * every round. Opening a round is a history row of each evaluation and an audit event of the round.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationRoundService {

    /** The most rounds on a page, and the centers taken into a round per read. */
    private static final int PAGE = 200;

    private final EvaluationRoundRepository rounds;
    private final EvaluationRepository evaluations;
    private final EvaluationEngine engine;
    private final CenterStanding centers;
    private final JurisdictionPolicyService jurisdictions;
    private final UserService users;
    private final AuditService audit;
    private final PortalTime time;

    EvaluationRoundService(EvaluationRoundRepository rounds, EvaluationRepository evaluations, EvaluationEngine engine,
                           CenterStanding centers, JurisdictionPolicyService jurisdictions, UserService users,
                           AuditService audit, PortalTime time) {
        this.rounds = rounds;
        this.evaluations = evaluations;
        this.engine = engine;
        this.centers = centers;
        this.jurisdictions = jurisdictions;
        this.users = users;
        this.audit = audit;
        this.time = time;
    }

    /** The jurisdiction's active policy, whose scheme a new round runs on; {@code evaluation.noPolicy} if none. */
    private StartedPolicy policyOf(String jurisdictionCode) {
        return jurisdictions.activePolicy(jurisdictionCode)
                .orElseThrow(() -> new BusinessException("evaluation.noPolicy", jurisdictionCode));
    }

    private String bureauJurisdiction() {
        AccessScope scope = users.currentScope();
        if (scope.jurisdictionCode() == null) {
            throw new BusinessException("evaluation.noJurisdiction");
        }
        return scope.jurisdictionCode();
    }

    /** One page of the centers of the bureau's jurisdiction due for evaluation by the day, in the database. */
    @PreAuthorize("hasRole('BUREAU')")
    public List<CenterStandingRow> dueCenters(LocalDate dueBy, Pageable pageable) {
        String jurisdiction = bureauJurisdiction();
        StartedPolicy policy = policyOf(jurisdiction);
        EvaluationScheme scheme = engine.scheme(policy.pin());
        return centers.due(jurisdiction, policy.policyId(), dueBy, scheme.cycleYears(),
                scheme.cycleBasis() == CycleBasis.BATCH, pageable);
    }

    @PreAuthorize("hasRole('BUREAU')")
    public long dueCount(LocalDate dueBy) {
        String jurisdiction = bureauJurisdiction();
        StartedPolicy policy = policyOf(jurisdiction);
        EvaluationScheme scheme = engine.scheme(policy.pin());
        return centers.dueCount(jurisdiction, policy.policyId(), dueBy, scheme.cycleYears(),
                scheme.cycleBasis() == CycleBasis.BATCH);
    }

    /**
     * The bureau opens a round for every center of its jurisdiction due by {@code dueBy} under its active policy:
     * each gets an evaluation at the procedure's first step (the self-assessment) with its time limit counted in
     * working days from today, and its lead unit is told. Refused when no center is due.
     */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public EvaluationViews.RoundRow openRound(String title, LocalDate dueBy) {
        if (title == null || title.isBlank()) {
            throw BusinessException.onField("title", "evaluation.titleRequired");
        }
        String jurisdiction = bureauJurisdiction();
        StartedPolicy policy = policyOf(jurisdiction);
        EvaluationScheme scheme = engine.scheme(policy.pin());
        boolean batch = scheme.cycleBasis() == CycleBasis.BATCH;
        EvaluationStep first = scheme.procedure().first();
        LocalDate today = time.today();
        LocalDate due = engine.dueIn(today, first.workingDays());
        EvaluationRound round = rounds.saveAndFlush(new EvaluationRound(jurisdiction, policy.pin(), title, dueBy, today,
                due, time.now(), AuditService.currentActor()));
        int count = 0;
        // the centers taken leave the due list (their evaluation is open), so the first page is read again each time
        while (true) {
            List<CenterStandingRow> page = centers.due(jurisdiction, policy.policyId(), dueBy, scheme.cycleYears(),
                    batch, PageRequest.of(0, PAGE));
            if (page.isEmpty()) {
                break;
            }
            for (CenterStandingRow c : page) {
                centers.evaluationOpened(c.id(), "round " + round.getId());
                Evaluation e = evaluations.save(new Evaluation(round.getId(), c, policy.pin(), first.code(),
                        time.now(), due));
                evaluations.flush();
                engine.record(e, AuditAction.OPENED, null, first.code(), title, null);
                engine.tell(e, first, due);
                count++;
            }
        }
        if (count == 0) {
            throw new BusinessException("evaluation.noneDue", dueBy);
        }
        round.centers(count);
        rounds.saveAndFlush(round);
        audit.record(AuditSubject.EVALUATION, "round " + round.getId(), AuditAction.ROUND_OPENED, null,
                count + " centers", title + "; due by " + dueBy + "; self-assessment due " + due);
        return roundRow(round);
    }

    /** One page of the rounds of the user's jurisdiction, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<EvaluationViews.RoundRow> rounds(Pageable pageable) {
        return rounds.findAll(roundScope(users.currentScope()), PageRequest.of(pageable.getPageNumber(),
                        Math.min(Math.max(pageable.getPageSize(), 1), PAGE), Sort.by(Sort.Order.desc("openedOn"),
                                Sort.Order.desc("id"))))
                .map(EvaluationRoundService::roundRow).getContent();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public long roundCount() {
        return rounds.count(roundScope(users.currentScope()));
    }

    private static org.springframework.data.jpa.domain.Specification<EvaluationRound> roundScope(AccessScope scope) {
        return (root, query, cb) -> scope.jurisdictionCode() == null
                || scope.role() == org.ticportal.core.user.Role.ADMIN
                ? cb.conjunction() : cb.equal(root.get("jurisdictionCode"), scope.jurisdictionCode());
    }

    private static EvaluationViews.RoundRow roundRow(EvaluationRound r) {
        return new EvaluationViews.RoundRow(r.getId(), r.getTitle(), r.getDueBy(), r.getOpenedOn(),
                r.getSubmissionDue(), r.getCenters(), r.getOpenedBy());
    }
}

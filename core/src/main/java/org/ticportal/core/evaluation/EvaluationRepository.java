package org.ticportal.core.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface EvaluationRepository extends JpaRepository<Evaluation, Long>, JpaSpecificationExecutor<Evaluation> {

    /** The center's decided evaluations, oldest first: its grade history. */
    @Query("select e from Evaluation e where e.centerId = ?1 and e.decidedOn is not null order by e.decidedOn, e.id")
    List<Evaluation> findDecidedOf(long centerId);

    /** Evaluations still at the given step (the self-assessment) whose time limit ended before the day. */
    @Query("select e.id from Evaluation e where e.state = org.ticportal.core.evaluation.EvaluationState.IN_PROGRESS"
            + " and e.stepCode in ?1 and e.stepDue < ?2 and e.self.submittedAt is null order by e.id")
    List<Long> findOverdueAt(java.util.Collection<String> steps, LocalDate today);

    /** Evaluations whose result notice ended: their outcome takes effect. */
    @Query("select e.id from Evaluation e where e.state = org.ticportal.core.evaluation.EvaluationState.NOTICE"
            + " and e.effectiveOn <= ?1 order by e.id")
    List<Long> findNoticeEnded(LocalDate today);

    /** Evaluations in progress whose current step ends between the two days and whose actors were not reminded yet. */
    @Query("select e.id from Evaluation e where e.state = org.ticportal.core.evaluation.EvaluationState.IN_PROGRESS"
            + " and e.stepDue >= ?1 and e.stepDue <= ?2 and e.stepRemindedOn is null order by e.id")
    List<Long> findToRemind(LocalDate from, LocalDate to);

    /**
     * The results publicly noticed (decided with a result notice: taking effect after the decision day) that are under
     * notice, or whose notice ended on or after {@code since}; paged and sorted by the caller.
     */
    @Query(value = "select new org.ticportal.core.evaluation.ResultNoticeRow(e.id, e.centerName, e.leadUnitName,"
            + " e.verdict.gradeNameZh, e.verdict.gradeNameEn, e.outcome, e.verdict.outstanding,"
            + " e.verdict.recommendUpward, e.verdict.article, e.decidedOn, e.effectiveOn, e.jurisdictionCode,"
            + " e.policyId, e.pluginId, e.pluginVersion) from Evaluation e"
            + NOTICED,
            countQuery = "select count(e) from Evaluation e" + NOTICED)
    org.springframework.data.domain.Page<ResultNoticeRow> findNoticed(LocalDate since,
                                                                      org.springframework.data.domain.Pageable page);

    @Query("select count(e) from Evaluation e" + NOTICED)
    long countNoticed(LocalDate since);

    String NOTICED = " where e.decidedOn is not null and e.verdict.gradeNameZh is not null and e.outcome is not null"
            + " and e.effectiveOn > e.decidedOn and (e.state = org.ticportal.core.evaluation.EvaluationState.NOTICE"
            + " or e.effectiveOn >= ?1)";

    long countByRoundId(long roundId);

    /** The policy pins (policy, plugin, version) of the evaluations open now (in progress or rectifying). */
    @Query("select distinct e.policyId, e.pluginId, e.pluginVersion from Evaluation e"
            + " where e.state in (org.ticportal.core.evaluation.EvaluationState.IN_PROGRESS,"
            + " org.ticportal.core.evaluation.EvaluationState.RECTIFYING)")
    List<Object[]> openPins();
}

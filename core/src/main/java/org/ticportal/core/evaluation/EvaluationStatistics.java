package org.ticportal.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.center.CenterStatistics;
import org.ticportal.core.center.EvaluationDue;
import org.ticportal.core.common.GroupCount;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.evaluation.CycleBasis;
import org.ticportal.policy.api.evaluation.EvaluationScheme;

/**
 * The evaluations counted for the statistics (统计看板, 汇总表): the decided evaluations by grade (the policy's grade
 * names as recorded with each result), what falls due within a number of days (centers due for evaluation under their
 * policy's cycle, running evaluations whose step's time limit ends) and the running evaluations past their time limit,
 * in the database within the user's scope — the evaluations 绩效评估 lists ({@link EvaluationFilter#toSpecification});
 * for an expert the evaluations they have still to score on their own seat, and those of them past the time limit.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationStatistics {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EvaluationStatistics.class);

    private final EntityManager entityManager;
    private final EvaluationRepository evaluations;
    private final CenterStatistics centers;
    private final PolicyProviders providers;
    private final UserService users;
    private final PortalTime time;
    private final EvaluationReader reader;

    EvaluationStatistics(EntityManager entityManager, EvaluationRepository evaluations, CenterStatistics centers,
                         PolicyProviders providers, UserService users, PortalTime time, EvaluationReader reader) {
        this.reader = reader;
        this.entityManager = entityManager;
        this.evaluations = evaluations;
        this.centers = centers;
        this.providers = providers;
        this.users = users;
        this.time = time;
    }

    /** The decided evaluations by grade (优秀, 良好, 合格, 不合格 in Xinzhou), most first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY')")
    public List<GroupCount> byGrade() {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Evaluation> root = query.from(Evaluation.class);
        Specification<Evaluation> decided = visible()
                .and((r, q, b) -> b.isNotNull(r.get("verdict").get("gradeCode")));
        query.where(decided.toPredicate(root, query, cb));
        Path<Object> verdict = root.get("verdict");
        query.multiselect(verdict.get("gradeCode"), cb.max(verdict.get("gradeNameZh")),
                cb.max(verdict.get("gradeNameEn")), cb.count(root)).groupBy(verdict.get("gradeCode"));
        Map<String, GroupCount> byCode = new LinkedHashMap<>();
        for (Object[] r : entityManager.createQuery(query).getResultList()) {
            String code = (String) r[0];
            String zh = r[1] == null ? code : (String) r[1];
            String en = r[2] == null ? zh : (String) r[2];
            byCode.put(code, new GroupCount(code, new LocalizedText(zh, en), (Long) r[3]));
        }
        List<GroupCount> result = new ArrayList<>(byCode.values());
        result.sort((a, b) -> Long.compare(b.count(), a.count()));
        return result;
    }

    /**
     * How many centers in the user's scope fall due for evaluation within {@code days} from today, each under its
     * policy's cycle (years from recognition or the last evaluation, or a bureau-wide batch) — what the bureau's next
     * round would take, and what the centers grid lists filtered by {@link #dueRules}.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public long centersDueWithin(int days) {
        return centers.dueForEvaluation(dueRules(days));
    }

    /**
     * The rules by which centers fall due for evaluation within {@code days} from today, one per running policy of
     * the user's jurisdictions: the centers grid's filter
     * ({@link org.ticportal.core.center.CenterFilter#withEvaluationDue})
     * for the dashboard's 即将评估 card.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<EvaluationDue> dueRules(int days) {
        requireDays(days);
        AccessScope scope = users.currentScope();
        LocalDate dueBy = time.today().plusDays(days);
        Set<String> counted = new HashSet<>();
        List<EvaluationDue> rules = new ArrayList<>();
        for (StartedPolicy policy : providers.started()) {
            String jurisdiction = policy.identity().jurisdictionCode();
            if (scope.role() == Role.BUREAU && !scope.coversJurisdiction(jurisdiction)
                    || !counted.add(policy.policyId())) {
                continue;
            }
            EvaluationScheme scheme;
            try {
                scheme = providers.read(policy.pin(), p -> p.evaluation());
            } catch (RuntimeException e) {
                // a plugin whose scheme cannot be read leaves its centers out rather than the whole dashboard
                LOG.warn("The evaluation scheme of {} cannot be read: {}", policy.pin(), e.toString());
                continue;
            }
            rules.add(new EvaluationDue(jurisdiction, policy.policyId(), dueBy.minusYears(scheme.cycleYears()),
                    scheme.cycleBasis() == CycleBasis.BATCH));
        }
        return rules;
    }

    /**
     * How many running evaluations in the user's scope reach their step's time limit within {@code days} — what 绩效评估
     * lists filtered by {@link EvaluationFilter#withStepDueWithin}.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public long stepsDueWithin(int days) {
        requireDays(days);
        return evaluations.count(EvaluationFilter.ALL.withStepDueWithin(time.today(), days)
                .toSpecification(users.currentScope(), AuditService.currentActor()));
    }

    /**
     * How many running evaluations in the user's scope are past their step's time limit (已超期) — what 绩效评估 lists
     * filtered by {@link EvaluationFilter#withStepOverdue}.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public long overdue() {
        return evaluations.count(EvaluationFilter.ALL.withStepOverdue(time.today())
                .toSpecification(users.currentScope(), AuditService.currentActor()));
    }

    /**
     * How many running evaluations the logged-in expert has still to score (their own seat without a score, at a
     * scoring step of the policy's procedure: a panel kept while the evaluation was sent back waits): what 绩效评估
     * lists filtered by {@link EvaluationFilter#withToScore}. Only their own seats: the scope is the login's.
     */
    @PreAuthorize("hasRole('EXPERT')")
    public long toScore() {
        return reader.count(EvaluationFilter.ALL.withToScore(true));
    }

    /**
     * How many of those the logged-in expert has still to score are past their step's time limit (评分已超期): what
     * 绩效评估 lists filtered by {@link EvaluationFilter#withToScore} and {@link EvaluationFilter#withStepOverdue}.
     */
    @PreAuthorize("hasRole('EXPERT')")
    public long scoresOverdue() {
        return reader.count(EvaluationFilter.ALL.withToScore(true).withStepOverdue(time.today()));
    }

    private Specification<Evaluation> visible() {
        return EvaluationFilter.ALL.toSpecification(users.currentScope(), AuditService.currentActor());
    }

    private static void requireDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days ahead are never negative: " + days);
        }
    }
}

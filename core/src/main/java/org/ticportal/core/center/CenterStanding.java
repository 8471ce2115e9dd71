package org.ticportal.core.center;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.evaluation.Outcome;

/**
 * A center's standing after recognition (art. 14 of the Xinzhou measures): which centers are due for evaluation, the
 * outcome of an evaluation taking effect on the center (retain, rectify with its deadline, revoke, confirm a
 * provisional center; the outstanding and recommend-upward flags; the last grade), the re-check after a
 * rectification, the list of outstanding centers and the public list of revoked ones. Every change is audited on the
 * center. The evaluation feature calls it; the center keeps its own state.
 */
@Service
@Transactional(readOnly = true)
public class CenterStanding {

    private static final Set<CenterStatus> EVALUABLE = Set.of(CenterStatus.ACTIVE, CenterStatus.RECTIFYING,
            CenterStatus.PROVISIONAL);

    private final CenterRepository centers;
    private final UserService users;
    private final AuditService audit;

    CenterStanding(CenterRepository centers, UserService users, AuditService audit) {
        this.centers = centers;
        this.users = users;
        this.audit = audit;
    }

    /**
     * One page of the centers of a jurisdiction and policy that are due for evaluation by {@code dueBy}: not revoked,
     * not in a running evaluation, and — {@code batch} false — recognised or last evaluated {@code cycleYears} or more
     * before it; {@code batch} true — not evaluated within {@code cycleYears} before it. Oldest first.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'SYSTEM')")
    public List<CenterStandingRow> due(String jurisdictionCode, String policyId, LocalDate dueBy, int cycleYears,
                                       boolean batch, Pageable pageable) {
        return centers.findAll(due(jurisdictionCode, policyId, dueBy.minusYears(cycleYears), batch),
                PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), 500),
                        Sort.by("recognizedOn", "id"))).map(CenterStandingRow::of).getContent();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'SYSTEM')")
    public long dueCount(String jurisdictionCode, String policyId, LocalDate dueBy, int cycleYears, boolean batch) {
        return centers.count(due(jurisdictionCode, policyId, dueBy.minusYears(cycleYears), batch));
    }

    static Specification<Center> due(String jurisdictionCode, String policyId, LocalDate lastBefore,
                                             boolean batch) {
        return (root, query, cb) -> {
            Predicate base = cb.and(cb.equal(root.get("jurisdictionCode"), jurisdictionCode),
                    cb.equal(root.get("policyId"), policyId), root.get("status").in(EVALUABLE),
                    cb.isFalse(root.get("evaluationOpen")));
            Predicate old = batch
                    ? cb.or(cb.isNull(root.get("lastEvaluatedOn")),
                    cb.lessThanOrEqualTo(root.get("lastEvaluatedOn"), lastBefore))
                    : cb.lessThanOrEqualTo(cb.coalesce(root.get("lastEvaluatedOn"), root.get("recognizedOn")),
                    lastBefore);
            return cb.and(base, old);
        };
    }

    /** A center as the evaluation sees it, whatever the user's scope (the evaluation applies its own). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT', 'EXPERT', 'SYSTEM')")
    public CenterStandingRow standing(long centerId) {
        return CenterStandingRow.of(centers.findById(centerId)
                .orElseThrow(() -> new BusinessException("center.notFound", centerId)));
    }

    /** An evaluation round takes the center; refused when it is revoked or already being evaluated. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public CenterStandingRow evaluationOpened(long centerId, String reference) {
        Center c = load(centerId);
        if (c.getStatus() == CenterStatus.REVOKED || c.isEvaluationOpen()) {
            throw new BusinessException("evaluation.centerNotDue", c.getName());
        }
        c.evaluationOpened();
        centers.saveAndFlush(c);
        audit.record(AuditSubject.CENTER, c.getId().toString(), AuditAction.EVALUATION_OPENED, null, reference, null);
        return CenterStandingRow.of(c);
    }

    /**
     * An evaluation's outcome takes effect on the center: its status, flags, last grade and rectification deadline,
     * recorded in the center's audit trail with the evaluation's reference and reason.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'SYSTEM')")
    public CenterStandingRow evaluated(long centerId, Outcome outcome, boolean outstanding, boolean upward,
                                       LocalDate on, LocalizedText grade, @Nullable LocalDate rectifyUntil,
                                       String reference, LocalizedText reason) {
        Center c = load(centerId);
        CenterStatus before = c.getStatus();
        c.evaluated(outcome, outstanding, upward, on, grade, rectifyUntil);
        save(c);
        audit.record(AuditSubject.CENTER, c.getId().toString(), switch (outcome) {
            case RETAIN -> AuditAction.EVALUATED_RETAIN;
            case RECTIFY -> AuditAction.EVALUATED_RECTIFY;
            case REVOKE -> AuditAction.EVALUATED_REVOKE;
            case CONFIRM -> AuditAction.EVALUATED_CONFIRM;
        }, before.name(),
                c.getStatus().name() + (c.isOutstanding() ? " OUTSTANDING" : "")
                        + (c.isRecommendedUpward() ? " RECOMMEND_UPWARD" : ""),
                reference + "; " + grade.zh() + "; " + reason.zh()
                        + (rectifyUntil == null ? "" : "; rectify until " + rectifyUntil));
        return CenterStandingRow.of(c);
    }

    /** The bureau's re-check after a rectification: active again, or revoked. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'SYSTEM')")
    public CenterStandingRow rechecked(long centerId, boolean passed, String reference, String comment) {
        Center c = load(centerId);
        if (c.getStatus() != CenterStatus.RECTIFYING) {
            throw new BusinessException("evaluation.notRectifying", c.getName());
        }
        c.rechecked(passed);
        save(c);
        audit.record(AuditSubject.CENTER, c.getId().toString(), passed ? AuditAction.RECHECK_PASSED : AuditAction.RECHECK_FAILED,
                CenterStatus.RECTIFYING.name(), c.getStatus().name(), reference + "; " + comment);
        return CenterStandingRow.of(c);
    }

    /** One page of the outstanding centers (优秀中心) the user may see, those recommended upward first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<CenterStandingRow> outstanding(Pageable pageable) {
        return centers.findAll(outstandingIn(users.currentScope()), PageRequest.of(pageable.getPageNumber(),
                        Math.min(Math.max(pageable.getPageSize(), 1), 200),
                        Sort.by(Sort.Order.desc("recommendedUpward"), Sort.Order.asc("name"), Sort.Order.asc("id"))))
                .map(CenterStandingRow::of).getContent();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public long outstandingCount() {
        return centers.count(outstandingIn(users.currentScope()));
    }

    private static Specification<Center> outstandingIn(AccessScope scope) {
        return (root, query, cb) -> {
            Predicate p = cb.and(cb.isTrue(root.get("outstanding")), cb.equal(root.get("status"), CenterStatus.ACTIVE));
            return switch (scope.role()) {
                case ADMIN -> p;
                case BUREAU -> scope.jurisdictionCode() == null ? p
                        : cb.and(p, cb.equal(root.get("jurisdictionCode"), scope.jurisdictionCode()));
                case COUNTY -> cb.and(p, cb.equal(root.get("recommendingBodyCode"), scope.recommendingBodyCode()));
                case APPLICANT -> cb.and(p, cb.equal(root.get("unitId"), scope.unitId() == null ? -1L : scope.unitId()));
                case EXPERT, AUDITOR -> cb.disjunction();
            };
        };
    }

    /** One page of the revoked centers, published without login (their names can never be given again). */
    public List<PublicCenter> revokedRegistry(Pageable pageable) {
        return centers.findAll(revoked(), PageRequest.of(pageable.getPageNumber(),
                        Math.min(Math.max(pageable.getPageSize(), 1), 200), Sort.by("name", "id")))
                .map(PublicCenter::of).getContent();
    }

    public long revokedCount() {
        return centers.count(revoked());
    }

    private static Specification<Center> revoked() {
        return (root, query, cb) -> cb.equal(root.get("status"), CenterStatus.REVOKED);
    }

    private Center load(long id) {
        return centers.findById(id).orElseThrow(() -> new BusinessException("center.notFound", id));
    }

    private void save(Center c) {
        try {
            centers.saveAndFlush(c);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("evaluation.stale");
        }
    }
}

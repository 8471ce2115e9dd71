package org.ticportal.core.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail counted for 统计看板 (审计员, and administrators): the records of a period by action, grouped in the
 * database over the same conditions as the audit screen's filter ({@link AuditFilter}), so that each count is exactly
 * what 审计记录 lists filtered to that action and period. Read only, like everything an auditor does.
 */
@Service
@Transactional(readOnly = true)
public class AuditStatistics {

    private final EntityManager entityManager;
    private final Clock clock;

    AuditStatistics(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The records of one action in a period.
     *
     * @param action      the action's code (an {@link AuditAction}'s, or a policy step's)
     * @param subjectType the kind of record it was done to (one of them, for naming a policy's step)
     * @param fromState   a value before (one of them, for naming a policy's step by the stage it was taken from)
     * @param count       how many records, never negative
     */
    public record ActionCount(String action, String subjectType, @Nullable String fromState, long count) {
        public ActionCount {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(subjectType, "subjectType");
            if (count < 0) {
                throw new IllegalArgumentException("a count is never negative: " + count);
            }
        }
    }

    /**
     * The records from one day to another (both inclusive, days of the portal's zone) by action, most first (the
     * action's code breaks ties).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public List<ActionCount> byAction(LocalDate from, LocalDate to) {
        AuditFilter period = AuditFilter.ALL.withPeriod(Objects.requireNonNull(from, "from"),
                Objects.requireNonNull(to, "to"));
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<AuditEvent> root = query.from(AuditEvent.class);
        query.where(period.toSpecification(clock.getZone()).toPredicate(root, query, cb));
        query.multiselect(root.get("action"), cb.least(root.<String>get("subjectType")),
                cb.least(root.<String>get("fromState")), cb.count(root)).groupBy(root.get("action"));
        List<ActionCount> result = new ArrayList<>();
        for (Object[] r : entityManager.createQuery(query).getResultList()) {
            result.add(new ActionCount((String) r[0], (String) r[1], (String) r[2], (Long) r[3]));
        }
        result.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                : a.action().compareTo(b.action()));
        return result;
    }
}

package org.ticportal.core.expert;

import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.common.PortalTime;

/**
 * An expert's own panel seats counted for 统计看板 (评审专家): by where they stand (to declare, reviewing, conflict
 * declared, scored) and those past their time limit, grouped in the database over the logged-in expert's seats only —
 * exactly what 我的评审任务 lists filtered by the same {@link AssignmentFilter}. Another expert's seats are never
 * counted: the expert is the login's, not a parameter. A login not (yet) in the pool has none.
 */
@Service
@Transactional(readOnly = true)
public class ExpertStatistics {

    private final EntityManager entityManager;
    private final ExpertRepository experts;
    private final PortalTime time;

    ExpertStatistics(EntityManager entityManager, ExpertRepository experts, PortalTime time) {
        this.entityManager = entityManager;
        this.experts = experts;
        this.time = time;
    }

    /**
     * The logged-in expert's seats by state, in the states' order (drawn, declared, conflict, submitted), states
     * without seats left out; replaced seats are not theirs any more and never counted.
     */
    @PreAuthorize("hasRole('EXPERT')")
    public Map<MemberState, Long> seatsByState() {
        Map<MemberState, Long> counts = new EnumMap<>(MemberState.class);
        Long me = me();
        if (me == null) {
            return counts;
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<PanelMember> root = query.from(PanelMember.class);
        query.where(AssignmentFilter.ALL.toSpecification(me, time.today()).toPredicate(root, query, cb));
        query.multiselect(root.get("state"), cb.count(root)).groupBy(root.get("state"));
        for (Object[] r : entityManager.createQuery(query).getResultList()) {
            counts.put((MemberState) r[0], (Long) r[1]);
        }
        return counts;
    }

    /**
     * How many of the logged-in expert's seats still wait for their declaration or score on an application past its
     * stage's time limit (评审已超期): what 我的评审任务 lists filtered by {@link AssignmentFilter#withOverdue}.
     */
    @PreAuthorize("hasRole('EXPERT')")
    public long overdue() {
        Long me = me();
        if (me == null) {
            return 0;
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<PanelMember> root = query.from(PanelMember.class);
        query.where(AssignmentFilter.ALL.withOverdue(true).toSpecification(me, time.today())
                .toPredicate(root, query, cb));
        query.select(cb.count(root));
        return entityManager.createQuery(query).getSingleResult();
    }

    private @org.jspecify.annotations.Nullable Long me() {
        return experts.findByUsername(AuditService.currentActor()).map(Expert::getId).orElse(null);
    }
}

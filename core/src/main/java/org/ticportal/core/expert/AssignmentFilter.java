package org.ticportal.core.expert;

import java.time.LocalDate;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.ticportal.core.application.RecognitionApplication;

/**
 * What an expert's 我的评审任务 lists of their own panel seats (a seat they were replaced on never): all of them, those
 * in one state (the dashboard's 评审任务按状态), or those past their time limit (评审已超期). The expert is always the
 * logged-in one ({@link ExpertPanelService#myAssignments(AssignmentFilter, org.springframework.data.domain.Pageable)}),
 * so the filter cannot widen the scope.
 *
 * @param state   only the seats in this state, or {@code null} for any; never {@link MemberState#REPLACED}
 * @param overdue only the seats that still wait for the expert's declaration or score ({@link MemberState#DRAWN},
 *                {@link MemberState#DECLARED}) on a panel not concluded whose application, still running, is past its
 *                stage's time limit (the stage 专家论证's, as the policy sets it)
 */
public record AssignmentFilter(@Nullable MemberState state, boolean overdue) {

    /** Every seat the expert sits on. */
    public static final AssignmentFilter ALL = new AssignmentFilter(null, false);

    public AssignmentFilter {
        if (state == MemberState.REPLACED) {
            throw new IllegalArgumentException("an expert's list holds no seat they were replaced on");
        }
    }

    public AssignmentFilter withState(@Nullable MemberState newState) {
        return new AssignmentFilter(newState, overdue);
    }

    public AssignmentFilter withOverdue(boolean newOverdue) {
        return new AssignmentFilter(state, newOverdue);
    }

    /** The expert's seats matching the filter, the time limits taken as of {@code today}. */
    Specification<PanelMember> toSpecification(long expertId, LocalDate today) {
        return (root, query, cb) -> {
            Predicate p = cb.and(cb.equal(root.get("expertId"), expertId),
                    cb.notEqual(root.get("state"), MemberState.REPLACED));
            if (state != null) {
                p = cb.and(p, cb.equal(root.get("state"), state));
            }
            if (overdue) {
                Subquery<Long> open = query.subquery(Long.class);
                var panel = open.from(ExpertPanel.class);
                open.select(panel.get("id")).where(cb.equal(panel.get("id"), root.get("panelId")),
                        cb.isNull(panel.get("conclusion")));
                Subquery<Long> late = query.subquery(Long.class);
                var application = late.from(RecognitionApplication.class);
                late.select(application.get("id")).where(cb.equal(application.get("id"), root.get("applicationId")),
                        cb.isFalse(application.get("closed")), cb.lessThan(application.get("stageDue"), today));
                p = cb.and(p, root.get("state").in(MemberState.DRAWN, MemberState.DECLARED), cb.exists(open),
                        cb.exists(late));
            }
            return p;
        };
    }
}

package org.ticportal.core.expert;

import java.time.Clock;
import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.application.PanelCase;
import org.ticportal.core.application.PanelCaseService;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;

/**
 * The panel's head (专家组组长, art. 9(2)), who records the panel's conclusion. The draw makes the first expert in the
 * seed's order the head; the bureau chooses another among the sitting members who have not declared a conflict, with
 * a reason, until the panel concludes. Each choice is kept in the draw's record and the application's history.
 */
@Service
@Transactional(readOnly = true)
public class PanelHeadService {

    private final PanelRepository panels;
    private final PanelMemberRepository members;
    private final PanelCaseService cases;
    private final PanelSupport support;
    private final AuditService audit;
    private final Clock clock;

    PanelHeadService(PanelRepository panels, PanelMemberRepository members, PanelCaseService cases,
                     PanelSupport support, AuditService audit, Clock clock) {
        this.panels = panels;
        this.members = members;
        this.cases = cases;
        this.support = support;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes the member the panel's head. Refused without a reason, after the conclusion, for a member replaced or who
     * declared a conflict, for the member already heading it, and when the member changed meanwhile.
     *
     * @param expectedVersion the member's version the bureau saw
     */
    @PreAuthorize("hasRole('BUREAU')")
    @Transactional
    public PanelViews.Panel choose(long applicationId, long memberId, long expectedVersion, String reason) {
        PanelCase c = cases.panelCase(applicationId);
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "panel.reasonRequired");
        }
        ExpertPanel panel = panels.findByApplicationId(c.id())
                .orElseThrow(() -> new BusinessException("panel.notDrawn", c.referenceNo()));
        if (panel.isConcluded()) {
            throw new BusinessException("panel.concluded", c.referenceNo());
        }
        PanelMember head = members.findById(memberId).filter(m -> m.getPanelId() == panel.getId())
                .orElseThrow(() -> new BusinessException("panel.memberNotFound", memberId));
        if (head.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(PanelMember.class, memberId);
        }
        if (head.isLeader()) {
            throw new BusinessException("panel.alreadyHead", support.name(head.getExpertId()));
        }
        if (!head.isSitting() || head.getState() == MemberState.CONFLICT) {
            throw new BusinessException("panel.cannotHead", support.name(head.getExpertId()));
        }
        List<PanelMember> all = members.findByPanelIdOrderByPositionAsc(panel.getId());
        Long fromId = null;
        for (PanelMember m : all) {
            if (m.isLeader()) {
                fromId = m.getExpertId();
                m.stepDown();
                members.save(m);
            }
        }
        head.makeLeader();
        members.save(head);
        panel.record(panel.getRecord().withHeadChange(new DrawRecord.HeadChange(fromId, head.getExpertId(),
                reason.trim(), AuditService.currentActor(), clock.instant())));
        panels.saveAndFlush(panel);
        members.flush();
        audit.record(AuditSubject.EXPERT_PANEL, Long.toString(c.id()), AuditAction.HEAD_CHOSEN,
                fromId == null ? null : support.name(fromId), support.name(head.getExpertId()), reason.trim());
        return support.view(panel, support.requireRules(c));
    }
}

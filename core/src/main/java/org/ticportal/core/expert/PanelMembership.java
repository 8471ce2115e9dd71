package org.ticportal.core.expert;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.application.PanelAccess;
import org.ticportal.core.audit.AuditService;

/** Tells the application feature whether the logged-in expert sits on an application's panel, from the database. */
@Component
class PanelMembership implements PanelAccess {

    private final ExpertRepository experts;
    private final PanelRepository panels;
    private final PanelMemberRepository members;

    PanelMembership(ExpertRepository experts, PanelRepository panels, PanelMemberRepository members) {
        this.experts = experts;
        this.panels = panels;
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasPanel(long applicationId) {
        // a concluded panel hands later expert-panel steps (e.g. Shanxi's site inspection) back to the bureau
        return panels.existsByApplicationIdAndConclusionIsNull(applicationId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMember(long applicationId) {
        return current(applicationId).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(long applicationId) {
        return current(applicationId).filter(m -> m.getState() == MemberState.DECLARED
                || m.getState() == MemberState.SUBMITTED).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isLeader(long applicationId) {
        return current(applicationId).filter(PanelMember::isLeader)
                .filter(m -> m.getState() == MemberState.SUBMITTED || m.getState() == MemberState.DECLARED)
                .isPresent();
    }

    /** The logged-in expert's seat on the application's panel, if they sit on it. */
    Optional<PanelMember> current(long applicationId) {
        return experts.findByUsername(AuditService.currentActor())
                .flatMap(e -> members.findByApplicationIdAndExpertIdAndStateNot(applicationId, e.getId(),
                        MemberState.REPLACED));
    }
}

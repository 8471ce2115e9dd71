package org.ticportal.core.expert;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PanelMemberRepository extends JpaRepository<PanelMember, Long>, JpaSpecificationExecutor<PanelMember> {

    List<PanelMember> findByPanelIdOrderByPositionAsc(long panelId);

    Optional<PanelMember> findByApplicationIdAndExpertIdAndStateNot(long applicationId, long expertId,
                                                                    MemberState state);

    /**
     * The seats on panels not yet concluded where the expert has something to do: declare (drawn), score (declared),
     * or, as the head whose own sheet is in, record the panel's conclusion.
     */
    @org.springframework.data.jpa.repository.Query("select m from PanelMember m where m.expertId = ?1 and (m.state in "
            + "(org.ticportal.core.expert.MemberState.DRAWN, org.ticportal.core.expert.MemberState.DECLARED) or "
            + "m.leader = true and m.state = org.ticportal.core.expert.MemberState.SUBMITTED) and exists (select p.id "
            + "from ExpertPanel p where p.id = m.panelId and p.conclusion is null)")
    Page<PanelMember> findWaiting(long expertId, Pageable pageable);
}

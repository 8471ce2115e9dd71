package org.ticportal.core.expert;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PanelMemberRepository extends JpaRepository<PanelMember, Long> {

    List<PanelMember> findByPanelIdOrderByPositionAsc(long panelId);

    Optional<PanelMember> findByApplicationIdAndExpertIdAndStateNot(long applicationId, long expertId,
                                                                    MemberState state);

    Page<PanelMember> findByExpertIdAndStateNot(long expertId, MemberState state, Pageable pageable);
}

package org.ticportal.core.notice;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

    List<Objection> findByNoticeIdOrderByFiledAt(long noticeId);

    boolean existsByApplicationIdAndStateIn(long applicationId, Collection<Objection.State> states);

    boolean existsByApplicationIdAndStateInAndIdNot(long applicationId, Collection<Objection.State> states, long id);
}

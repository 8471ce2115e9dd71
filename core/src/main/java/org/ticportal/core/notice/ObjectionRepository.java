package org.ticportal.core.notice;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

    List<Objection> findByNoticeIdOrderByFiledAt(long noticeId);

    boolean existsByApplicationIdAndStateIn(long applicationId, Collection<Objection.State> states);

    boolean existsByApplicationIdAndStateInAndIdNot(long applicationId, Collection<Objection.State> states, long id);

    /**
     * The objections to each of the notices: triples of the notice's id, the number of its objections and of those
     * still open (filed or received).
     */
    @Query("select o.noticeId, count(o), sum(case when o.state in (org.ticportal.core.notice.Objection.State.FILED,"
            + " org.ticportal.core.notice.Objection.State.RECEIVED) then 1 else 0 end) from Objection o"
            + " where o.noticeId in :noticeIds group by o.noticeId")
    List<Object[]> countByNotices(Collection<Long> noticeIds);
}

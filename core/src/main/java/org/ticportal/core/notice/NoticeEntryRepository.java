package org.ticportal.core.notice;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeEntryRepository extends JpaRepository<NoticeEntry, Long> {

    List<NoticeEntry> findByNoticeIdOrderByPosition(long noticeId);

    /** The number of centers on each of the notices: pairs of the notice's id and its count. */
    @Query("select e.notice.id, count(e) from NoticeEntry e where e.notice.id in :noticeIds group by e.notice.id")
    List<Object[]> countByNotices(Collection<Long> noticeIds);

    /** Whether the application is on a notice that is published (or ended). */
    @Query("select count(e) > 0 from NoticeEntry e where e.applicationId = :applicationId"
            + " and e.notice.state <> org.ticportal.core.notice.PublicNotice.State.DRAFT")
    boolean isPublished(long applicationId);
}

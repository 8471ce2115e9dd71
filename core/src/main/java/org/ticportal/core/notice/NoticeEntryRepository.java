package org.ticportal.core.notice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeEntryRepository extends JpaRepository<NoticeEntry, Long> {

    List<NoticeEntry> findByNoticeIdOrderByPosition(long noticeId);

    /** Whether the application is on a notice that is published (or ended). */
    @Query("select count(e) > 0 from NoticeEntry e where e.applicationId = :applicationId"
            + " and e.notice.state <> org.ticportal.core.notice.PublicNotice.State.DRAFT")
    boolean isPublished(long applicationId);
}

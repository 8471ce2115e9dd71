package org.ticportal.core.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingItemRepository extends JpaRepository<MeetingItem, Long> {

    List<MeetingItem> findByMeetingIdOrderByPosition(long meetingId);

    /** The agenda an application is pending on, if any. */
    Optional<MeetingItem> findByApplicationIdAndPendingIsNotNull(long applicationId);

    @Query("select coalesce(max(i.position), 0) from MeetingItem i where i.meeting.id = :meetingId")
    int lastPosition(long meetingId);

    long countByMeetingId(long meetingId);
}

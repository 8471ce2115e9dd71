package org.ticportal.core.meeting;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A decision meeting as lists and its screen show it.
 *
 * @param id               its id
 * @param version          its version, for optimistic locking of the next change
 * @param jurisdictionCode whose authority meets
 * @param title            its title
 * @param meetingDate      the day it is planned for, or was held on once recorded
 * @param minutesNumber    the minutes number, once recorded
 * @param minutesName      the minutes file's name, once attached
 * @param state            planned or recorded
 * @param createdAt        when it was planned
 * @param createdBy        by whom
 * @param recordedAt       when its decisions were recorded
 * @param recordedBy       by whom
 */
public record MeetingSummary(long id, long version, String jurisdictionCode, String title, LocalDate meetingDate,
                             @Nullable String minutesNumber, @Nullable String minutesName,
                             DecisionMeeting.State state, Instant createdAt, String createdBy,
                             @Nullable Instant recordedAt, @Nullable String recordedBy) {

    static MeetingSummary of(DecisionMeeting m) {
        return new MeetingSummary(m.getId(), m.getVersion(), m.getJurisdictionCode(), m.getTitle(),
                m.getMeetingDate(), m.getMinutesNumber(), m.getMinutesName(), m.getState(), m.getCreatedAt(),
                m.getCreatedBy(), m.getRecordedAt(), m.getRecordedBy());
    }

    public boolean isPlanned() {
        return state == DecisionMeeting.State.PLANNED;
    }
}

package org.ticportal.core.meeting;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.BusinessException;

/**
 * A meeting as the bureau plans it.
 *
 * @param jurisdictionCode whose authority meets
 * @param title            e.g. 2026年第5次党组会议 (at most 200 characters)
 * @param meetingDate      the day it is planned for
 */
public record MeetingDraft(String jurisdictionCode, @Nullable String title, @Nullable LocalDate meetingDate) {

    /** The title, stripped; refused on its field when blank or too long. */
    String checkedTitle() {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw BusinessException.onField("title", "meeting.title.required");
        }
        if (t.length() > 200) {
            throw BusinessException.onField("title", "meeting.title.tooLong", 200);
        }
        return t;
    }

    /** The date; refused on its field when missing. */
    LocalDate checkedDate() {
        if (meetingDate == null) {
            throw BusinessException.onField("meetingDate", "meeting.date.required");
        }
        return meetingDate;
    }
}

package org.ticportal.core.meeting;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the bureau records once a meeting is held.
 *
 * @param heldOn        the day the meeting was held
 * @param minutesNumber the minutes number (会议纪要编号)
 * @param decisions     one decision per application pending on the agenda
 */
public record MeetingRecord(@Nullable LocalDate heldOn, @Nullable String minutesNumber, List<Decision> decisions) {

    public MeetingRecord {
        decisions = List.copyOf(decisions);
    }

    /**
     * The meeting's decision on one application.
     *
     * @param itemId             the agenda item
     * @param applicationVersion the application's version the bureau saw (refused when it changed meanwhile)
     * @param transitionCode     the decision: the policy's step to take
     * @param comment            the comment recorded with it
     */
    public record Decision(long itemId, long applicationVersion, @Nullable String transitionCode,
                           @Nullable String comment) {
    }
}

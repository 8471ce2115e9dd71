package org.ticportal.core.meeting;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;

/**
 * The scope checks the meeting services share: a meeting is read and changed only by bureau staff of its jurisdiction
 * (and administrators), and changed only while planned and at the version the user saw. Called inside the services'
 * own transactions.
 */
@Component
class MeetingAccess {

    private final DecisionMeetingRepository meetings;
    private final UserService users;

    MeetingAccess(DecisionMeetingRepository meetings, UserService users) {
        this.meetings = meetings;
        this.users = users;
    }

    /** A planned meeting of the user's jurisdiction, at the version the user saw. */
    DecisionMeeting planned(long id, long expectedVersion) {
        DecisionMeeting m = managed(id);
        checkPlanned(m, expectedVersion);
        return m;
    }

    static void checkPlanned(DecisionMeeting m, long expectedVersion) {
        if (m.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("meeting " + m.getId() + " was changed by someone else");
        }
        if (m.getState() != DecisionMeeting.State.PLANNED) {
            throw new BusinessException("meeting.recorded", m.getTitle());
        }
    }

    /** A meeting of the user's jurisdiction. */
    DecisionMeeting managed(long id) {
        DecisionMeeting m = meetings.findById(id).orElseThrow(() -> new BusinessException("meeting.notFound", id));
        requireScope(m);
        return m;
    }

    void requireScope(DecisionMeeting m) {
        if (!users.currentScope().coversJurisdiction(m.getJurisdictionCode())) {
            throw new AccessDeniedException("meeting " + m.getId() + " is not of the user's jurisdiction");
        }
    }

    /** The jurisdiction a bureau user's lists are limited to; {@code null} (every one) for administrators. */
    @Nullable String scopeJurisdiction() {
        AccessScope scope = users.currentScope();
        return scope.role() == Role.BUREAU ? scope.jurisdictionCode() : null;
    }

    /** The meeting as its audit records show it: title, date and, once recorded, minutes number. */
    static String describe(DecisionMeeting m) {
        return m.getTitle() + " / " + m.getMeetingDate() + (m.getMinutesNumber() == null ? ""
                : " / " + m.getMinutesNumber());
    }
}

package org.ticportal.core.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * The recording of a decision meeting (党组会议, art. 9(3) of the Xinzhou measures): bureau staff of the jurisdiction
 * record what the meeting decided on each application of its agenda. Recording takes the policy's decision step on
 * every application of the agenda, with the meeting's date and minutes number filled into the step's form, in one
 * transaction: when one application is refused (a guard of its policy, a change meanwhile), nothing is recorded and
 * every refusal is reported.
 */
@Service
@Transactional(readOnly = true)
public class MeetingDecisionService {

    private final DecisionMeetingRepository meetings;
    private final MeetingItemRepository items;
    private final MeetingAccess access;
    private final ApplicationService applications;
    private final AuditService audit;
    private final Clock clock;

    MeetingDecisionService(DecisionMeetingRepository meetings, MeetingItemRepository items, MeetingAccess access,
                           ApplicationService applications, AuditService audit, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.access = access;
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the meeting: the day it was held, its minutes number, and for every application pending on its agenda
     * the decision, taken as the policy's step with the meeting's date and minutes number on the step's form. The
     * minutes must be attached first. All or nothing; every refused application is reported.
     */
    @PreAuthorize("hasRole('BUREAU')")
    @Transactional
    public MeetingSummary record(long id, long expectedVersion, MeetingRecord record) {
        DecisionMeeting m = meetings.lockById(id).orElseThrow(() -> new BusinessException("meeting.notFound", id));
        access.requireScope(m);
        MeetingAccess.checkPlanned(m, expectedVersion);
        if (record.heldOn() == null) {
            throw BusinessException.onField("heldOn", "meeting.date.required");
        }
        if (record.heldOn().isAfter(LocalDate.now(clock))) {
            throw BusinessException.onField("heldOn", "meeting.heldOn.future");
        }
        String number = record.minutesNumber() == null ? "" : record.minutesNumber().strip();
        if (number.isEmpty()) {
            throw BusinessException.onField("minutesNumber", "meeting.minutesNumber.required");
        }
        if (number.length() > 50) {
            throw BusinessException.onField("minutesNumber", "meeting.minutesNumber.tooLong", 50);
        }
        if (m.getMinutesStored() == null) {
            throw BusinessException.onField("minutes", "meeting.minutes.missing");
        }
        List<MeetingItem> pending = items.findByMeetingIdOrderByPosition(id).stream()
                .filter(MeetingItem::isPending).toList();
        if (pending.isEmpty()) {
            throw new BusinessException("meeting.agenda.empty");
        }
        Map<Long, MeetingRecord.Decision> byItem = new HashMap<>();
        record.decisions().forEach(d -> byItem.put(d.itemId(), d));
        Map<String, Object> stepInput = new LinkedHashMap<>();
        stepInput.put(FieldKeys.MEETING_DATE, record.heldOn());
        stepInput.put(FieldKeys.MEETING_MINUTES_NUMBER, number);
        List<MeetingRefusedException.Refusal> refused = new ArrayList<>();
        for (MeetingItem item : pending) {
            MeetingRecord.Decision decision = byItem.get(item.getId());
            ApplicationRow row = applications.get(item.getApplicationId()).row();
            if (decision == null || decision.transitionCode() == null || decision.transitionCode().isBlank()) {
                refused.add(new MeetingRefusedException.Refusal(row.referenceNo(),
                        new BusinessException("meeting.decision.missing")));
                continue;
            }
            try {
                // joins this transaction: a refusal marks it for rollback, so nothing of the meeting is kept
                ApplicationDetail after = applications.perform(item.getApplicationId(),
                        decision.applicationVersion(), decision.transitionCode(), decision.comment(), stepInput);
                item.decided(decision.transitionCode(), after.row().stage(), blankToNull(decision.comment()));
            } catch (RuntimeException e) {
                refused.add(new MeetingRefusedException.Refusal(row.referenceNo(), e));
            }
        }
        if (!refused.isEmpty()) {
            throw new MeetingRefusedException(refused);
        }
        m.recorded(record.heldOn(), number, clock.instant(), AuditService.currentActor());
        meetings.saveAndFlush(m);
        items.flush();
        audit.record(AuditSubject.MEETING, m.getId().toString(), AuditAction.MEETING_RECORDED, null,
                MeetingAccess.describe(m), pending.size() + " decisions");
        return MeetingSummary.of(m);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

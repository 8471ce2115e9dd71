package org.ticportal.core.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.application.ApplicationGrid;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AvailableAction;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BulkResult;
import org.ticportal.core.common.BusinessException;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * A decision meeting's agenda (党组会议议题, art. 9(3) of the Xinzhou measures): the applications of the meeting's
 * jurisdiction waiting for the decision body, put on a planned meeting's agenda and taken off it by bureau staff of
 * the jurisdiction (and administrators), each with the decisions the meeting can take on it, and the agenda printed.
 * An application is on at most one agenda not yet recorded; every change is audited as the meeting's.
 */
@Service
@Transactional(readOnly = true)
public class MeetingAgendaService {

    /** The most applications one agenda takes. */
    public static final int MAX_ITEMS = 100;

    private final MeetingItemRepository items;
    private final MeetingAccess access;
    private final ApplicationService applications;
    private final ApplicationGrid applicationGrid;
    private final AuditService audit;
    private final Clock clock;

    MeetingAgendaService(MeetingItemRepository items, MeetingAccess access, ApplicationService applications,
                         ApplicationGrid applicationGrid, AuditService audit, Clock clock) {
        this.items = items;
        this.access = access;
        this.applications = applications;
        this.applicationGrid = applicationGrid;
        this.audit = audit;
        this.clock = clock;
    }

    /** The meeting's agenda in its order, with the decisions the meeting can take on each application now. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<AgendaEntry> agenda(long id) {
        access.managed(id);
        List<AgendaEntry> result = new ArrayList<>();
        int number = 0;
        for (MeetingItem item : items.findByMeetingIdOrderByPosition(id)) {
            ApplicationDetail detail = applications.get(item.getApplicationId());
            List<AgendaEntry.DecisionOption> options = item.isPending() ? decisionsOf(detail) : List.of();
            result.add(new AgendaEntry(item.getId(), ++number, detail.row(), detail.stageName(), options,
                    item.isPending(), item.getTransitionCode() == null ? null
                    : detail.stepNames().get(item.getTransitionCode()), item.getComment()));
        }
        return result;
    }

    /**
     * The applications that can go on the meeting's agenda: those of its jurisdiction in a stage where the decision
     * body decides, one page filtered by {@code text} in the database.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public Page<ApplicationRow> candidates(long id, ApplicationFilter filter, Pageable pageable) {
        DecisionMeeting m = access.managed(id);
        return applicationGrid.list(candidateFilter(m, filter), pageable);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public long countCandidates(long id, ApplicationFilter filter) {
        return applicationGrid.count(candidateFilter(access.managed(id), filter));
    }

    private static ApplicationFilter candidateFilter(DecisionMeeting m, ApplicationFilter filter) {
        return filter.withJurisdiction(m.getJurisdictionCode()).withStageKind(StageKind.DECISION).withOpenOnly(true);
    }

    /**
     * Puts applications on a planned meeting's agenda, after those already on it. All or nothing: an application of
     * another jurisdiction, not waiting for the decision body, or already on an agenda not yet recorded refuses the
     * whole addition, with every refusal reported.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public List<AgendaEntry> add(long id, long expectedVersion, List<Long> applicationIds) {
        DecisionMeeting m = access.planned(id, expectedVersion);
        if (items.countByMeetingId(id) + applicationIds.size() > MAX_ITEMS) {
            throw new BusinessException("meeting.agenda.full", MAX_ITEMS);
        }
        List<BulkResult.Refusal> refused = new ArrayList<>();
        List<ApplicationDetail> accepted = screen(m, applicationIds.stream().distinct().toList(), Map.of(), refused);
        if (!refused.isEmpty()) {
            throw new MeetingRefusedException(refused.stream().map(r -> new MeetingRefusedException.Refusal(
                    r.referenceNo(), new BusinessException(r.messageKey(), r.arguments()))).toList());
        }
        addItems(m, accepted);
        return agenda(id);
    }

    /**
     * Puts the applications a user ticked in 申报管理 on a planned meeting's agenda (批量加入党组会议议题), each checked
     * first: of the meeting's jurisdiction, open and waiting for the decision body, on no unrecorded agenda, and still
     * at the version the user saw. All or nothing: the report lists every refused application and why, and then
     * nothing is added; otherwise all are, each audited as the single addition is.
     *
     * @param versions the applications' ids, in order, each with the version the user saw
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public BulkResult addAll(long id, Map<Long, Long> versions) {
        DecisionMeeting m = access.managed(id);
        MeetingAccess.checkPlanned(m, m.getVersion());
        if (versions.isEmpty()) {
            throw new BusinessException("bulk.empty");
        }
        if (items.countByMeetingId(id) + versions.size() > MAX_ITEMS) {
            throw new BusinessException("meeting.agenda.full", MAX_ITEMS);
        }
        List<BulkResult.Refusal> refused = new ArrayList<>();
        List<ApplicationDetail> accepted = screen(m, List.copyOf(versions.keySet()), versions, refused);
        if (!refused.isEmpty()) {
            return BulkResult.refused(refused);
        }
        addItems(m, accepted);
        return BulkResult.done(accepted.stream().map(d -> d.row().id()).toList());
    }

    /**
     * The applications that may go on the meeting's agenda; those that may not are added to {@code refused} with
     * their reasons (of another jurisdiction, not waiting, on another agenda, changed since the user saw them).
     */
    private List<ApplicationDetail> screen(DecisionMeeting m, List<Long> applicationIds, Map<Long, Long> versions,
                                           List<BulkResult.Refusal> refused) {
        List<ApplicationDetail> accepted = new ArrayList<>();
        for (Long applicationId : applicationIds) {
            ApplicationDetail d;
            try {
                d = applications.get(applicationId);
            } catch (AccessDeniedException | BusinessException e) {
                refused.add(new BulkResult.Refusal(applicationId, "#" + applicationId, "bulk.notVisible"));
                continue;
            }
            ApplicationRow row = d.row();
            Long seen = versions.get(applicationId);
            var onAgenda = items.findByApplicationIdAndPendingIsNotNull(applicationId);
            if (!row.jurisdictionCode().equals(m.getJurisdictionCode())) {
                refused.add(refusal(row, "meeting.agenda.otherJurisdiction"));
            } else if (seen != null && seen != row.version()) {
                refused.add(refusal(row, "bulk.changed"));
            } else if (row.closed() || row.stageKind() != StageKind.DECISION || decisionsOf(d).isEmpty()) {
                refused.add(refusal(row, "meeting.agenda.notWaiting"));
            } else if (onAgenda.isPresent()) {
                refused.add(refusal(row, "meeting.agenda.onAnother", onAgenda.get().getMeeting().getTitle()));
            } else {
                accepted.add(d);
            }
        }
        return accepted;
    }

    private void addItems(DecisionMeeting m, List<ApplicationDetail> accepted) {
        int position = items.lastPosition(m.getId());
        String actor = AuditService.currentActor();
        for (ApplicationDetail d : accepted) {
            items.save(new MeetingItem(m, d.row().id(), ++position, clock.instant(), actor));
            audit.record(AuditSubject.MEETING, m.getId().toString(), AuditAction.MEETING_ITEM_ADDED, null,
                    d.row().referenceNo(), null);
        }
        items.flush();
    }

    /** Takes an application off a planned meeting's agenda. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public void remove(long id, long expectedVersion, long itemId) {
        DecisionMeeting m = access.planned(id, expectedVersion);
        MeetingItem item = items.findById(itemId).filter(i -> i.getMeeting().getId().equals(m.getId()))
                .orElseThrow(() -> new BusinessException("meeting.item.notFound", itemId));
        items.delete(item);
        items.flush();
        audit.record(AuditSubject.MEETING, m.getId().toString(), AuditAction.MEETING_ITEM_REMOVED,
                Long.toString(item.getApplicationId()), null, null);
    }

    /** The agenda as a PDF to print (Chinese, the CJK font embedded). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public byte[] agendaPdf(long id, Map<String, String> bodyNames, String font) {
        MeetingSummary m = MeetingSummary.of(access.managed(id));
        return AgendaPdf.write(m, agenda(id), bodyNames, font, LocalDate.now(clock));
    }

    private static List<AgendaEntry.DecisionOption> decisionsOf(ApplicationDetail detail) {
        return detail.actions().stream().filter(a -> a.actor() == Actor.DECISION_BODY)
                .map(MeetingAgendaService::option).toList();
    }

    private static AgendaEntry.DecisionOption option(AvailableAction a) {
        return new AgendaEntry.DecisionOption(a.code(), a.name(), a.commentRequired());
    }

    private static BulkResult.Refusal refusal(ApplicationRow row, String key, Object... args) {
        return new BulkResult.Refusal(row.id(), row.referenceNo(), key, args);
    }
}

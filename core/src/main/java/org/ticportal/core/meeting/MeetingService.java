package org.ticportal.core.meeting;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.application.ApplicationGrid;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AvailableAction;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BulkResult;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.StoredPdf;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * The decision body's meetings (党组会议, art. 9(3) of the Xinzhou measures): bureau staff of a jurisdiction (and
 * administrators) plan a meeting, put applications waiting for the decision body on its agenda, print the agenda,
 * attach the minutes and record what the meeting decided on each application. Recording takes the policy's decision
 * step on every application of the agenda, with the meeting's date and minutes number filled into the step's form, in
 * one transaction: when one application is refused (a guard of its policy, a change meanwhile), nothing is recorded
 * and every refusal is reported.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    /** The most applications one agenda takes. */
    public static final int MAX_ITEMS = 100;
    /** The largest minutes file accepted, in MB. */
    public static final int MAX_MINUTES_MB = 20;

    private final DecisionMeetingRepository meetings;
    private final MeetingItemRepository items;
    private final ApplicationService applications;
    private final ApplicationGrid applicationGrid;
    private final JurisdictionPolicyService jurisdictions;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;
    private final Path root;

    MeetingService(DecisionMeetingRepository meetings, MeetingItemRepository items, ApplicationService applications,
                   ApplicationGrid applicationGrid, JurisdictionPolicyService jurisdictions, UserService users,
                   AuditService audit, Clock clock, @Value("${ticportal.data-dir:data}") Path dataDir) {
        this.meetings = meetings;
        this.items = items;
        this.applications = applications;
        this.applicationGrid = applicationGrid;
        this.jurisdictions = jurisdictions;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.root = dataDir.toAbsolutePath().normalize().resolve("attachments");
    }

    /** One page of the meetings of the user's jurisdiction (every jurisdiction for administrators). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public Page<MeetingSummary> list(MeetingFilter filter, Pageable pageable) {
        return meetings.findAll(filter.toSpecification(scopeJurisdiction()), pageable).map(MeetingSummary::of);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public long count(MeetingFilter filter) {
        return meetings.count(filter.toSpecification(scopeJurisdiction()));
    }

    /** The jurisdictions the user may plan meetings for. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<Jurisdiction> managedJurisdictions() {
        AccessScope scope = users.currentScope();
        return jurisdictions.jurisdictions().stream().filter(j -> scope.coversJurisdiction(j.code())).toList();
    }

    /** A meeting of the user's jurisdiction. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public MeetingSummary get(long id) {
        return MeetingSummary.of(managed(id));
    }

    /** Plans a meeting; refused at the field when the title or date is missing. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public MeetingSummary create(MeetingDraft draft) {
        if (!users.currentScope().coversJurisdiction(draft.jurisdictionCode())) {
            throw new AccessDeniedException("not the user's jurisdiction: " + draft.jurisdictionCode());
        }
        DecisionMeeting m = new DecisionMeeting(draft.jurisdictionCode(), draft.checkedTitle(), draft.checkedDate(),
                clock.instant(), AuditService.currentActor());
        meetings.saveAndFlush(m);
        audit.record(AuditSubject.MEETING, m.getId().toString(), AuditAction.MEETING_PLANNED, null, describe(m), null);
        return MeetingSummary.of(m);
    }

    /** Changes a planned meeting's title or date; refused when someone changed it meanwhile or it is recorded. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public MeetingSummary update(long id, long expectedVersion, MeetingDraft draft) {
        DecisionMeeting m = planned(id, expectedVersion);
        String before = describe(m);
        m.plan(draft.checkedTitle(), draft.checkedDate());
        meetings.saveAndFlush(m);
        audit.record(AuditSubject.MEETING, m.getId().toString(), AuditAction.MEETING_CHANGED, before, describe(m), null);
        return MeetingSummary.of(m);
    }

    /** The meeting's agenda in its order, with the decisions the meeting can take on each application now. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<AgendaEntry> agenda(long id) {
        managed(id);
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
        DecisionMeeting m = managed(id);
        return applicationGrid.list(candidateFilter(m, filter), pageable);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public long countCandidates(long id, ApplicationFilter filter) {
        return applicationGrid.count(candidateFilter(managed(id), filter));
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
        DecisionMeeting m = planned(id, expectedVersion);
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
        DecisionMeeting m = managed(id);
        checkPlanned(m, m.getVersion());
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
        DecisionMeeting m = planned(id, expectedVersion);
        MeetingItem item = items.findById(itemId).filter(i -> i.getMeeting().getId().equals(m.getId()))
                .orElseThrow(() -> new BusinessException("meeting.item.notFound", itemId));
        items.delete(item);
        items.flush();
        audit.record(AuditSubject.MEETING, m.getId().toString(), AuditAction.MEETING_ITEM_REMOVED,
                Long.toString(item.getApplicationId()), null, null);
    }

    /**
     * Attaches the meeting's minutes (a PDF, decided by its content, at most {@value #MAX_MINUTES_MB} MB), replacing
     * an earlier file (which is kept on disk for the record).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public MeetingSummary attachMinutes(long id, long expectedVersion, String fileName, InputStream content) {
        DecisionMeeting m = planned(id, expectedVersion);
        StoredPdf pdf = StoredPdf.store(root, "meetings", "minutes", fileName, content, MAX_MINUTES_MB,
                LocalDate.now(clock));
        String before = m.getMinutesName();
        m.minutes(pdf.fileName(), pdf.stored(), pdf.size(), pdf.sha256());
        meetings.saveAndFlush(m);
        audit.record(AuditSubject.MEETING, m.getId().toString(), AuditAction.MEETING_MINUTES, before, pdf.fileName(),
                pdf.size() + " bytes, sha256 " + pdf.sha256());
        return MeetingSummary.of(m);
    }

    /** The minutes file, for download. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public StoredPdfFile openMinutes(long id) {
        DecisionMeeting m = managed(id);
        Path file = StoredPdf.open(root, m.getMinutesStored());
        if (file == null) {
            throw new BusinessException("meeting.minutes.none", m.getTitle());
        }
        return new StoredPdfFile(Objects.requireNonNull(m.getMinutesName()),
                Objects.requireNonNullElse(m.getMinutesSize(), 0L), file);
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
        requireScope(m);
        checkPlanned(m, expectedVersion);
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
        audit.record(AuditSubject.MEETING, m.getId().toString(), AuditAction.MEETING_RECORDED, null, describe(m),
                pending.size() + " decisions");
        return MeetingSummary.of(m);
    }

    /** The agenda as a PDF to print (Chinese, the CJK font embedded). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public byte[] agendaPdf(long id, Map<String, String> bodyNames, String font) {
        MeetingSummary m = get(id);
        return AgendaPdf.write(m, agenda(id), bodyNames, font, LocalDate.now(clock));
    }

    /** The meeting's history: planned, changed, items added and removed, minutes, recorded. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public Page<AuditEvent> history(long id, Pageable pageable) {
        managed(id);
        return audit.historyOf(AuditSubject.MEETING, Long.toString(id), pageable);
    }

    private static List<AgendaEntry.DecisionOption> decisionsOf(ApplicationDetail detail) {
        return detail.actions().stream().filter(a -> a.actor() == Actor.DECISION_BODY)
                .map(MeetingService::option).toList();
    }

    private static AgendaEntry.DecisionOption option(AvailableAction a) {
        return new AgendaEntry.DecisionOption(a.code(), a.name(), a.commentRequired());
    }

    private static BulkResult.Refusal refusal(ApplicationRow row, String key, Object... args) {
        return new BulkResult.Refusal(row.id(), row.referenceNo(), key, args);
    }

    private DecisionMeeting planned(long id, long expectedVersion) {
        DecisionMeeting m = managed(id);
        checkPlanned(m, expectedVersion);
        return m;
    }

    private static void checkPlanned(DecisionMeeting m, long expectedVersion) {
        if (m.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("meeting " + m.getId() + " was changed by someone else");
        }
        if (m.getState() != DecisionMeeting.State.PLANNED) {
            throw new BusinessException("meeting.recorded", m.getTitle());
        }
    }

    private DecisionMeeting managed(long id) {
        DecisionMeeting m = meetings.findById(id).orElseThrow(() -> new BusinessException("meeting.notFound", id));
        requireScope(m);
        return m;
    }

    private void requireScope(DecisionMeeting m) {
        if (!users.currentScope().coversJurisdiction(m.getJurisdictionCode())) {
            throw new AccessDeniedException("meeting " + m.getId() + " is not of the user's jurisdiction");
        }
    }

    private @org.jspecify.annotations.Nullable String scopeJurisdiction() {
        AccessScope scope = users.currentScope();
        return scope.role() == org.ticportal.core.user.Role.BUREAU ? scope.jurisdictionCode() : null;
    }

    private static String describe(DecisionMeeting m) {
        return m.getTitle() + " / " + m.getMeetingDate() + (m.getMinutesNumber() == null ? ""
                : " / " + m.getMinutesNumber());
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * A stored PDF opened for download.
     *
     * @param fileName its original name
     * @param size     its size in bytes
     * @param file     where it is
     */
    public record StoredPdfFile(String fileName, long size, Path file) {
    }
}

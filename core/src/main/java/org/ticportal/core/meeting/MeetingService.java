package org.ticportal.core.meeting;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.StoredPdf;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;

/**
 * The decision body's meetings (党组会议, art. 9(3) of the Xinzhou measures): bureau staff of a jurisdiction (and
 * administrators) plan a meeting, put applications waiting for the decision body on its agenda, print the agenda,
 * attach the minutes and record what the meeting decided on each application. Recording takes the policy's decision
 * step on every application of the agenda, with the meeting's date and minutes number filled into the step's form, in
 * one transaction: when one application is refused (a guard of its policy, a change meanwhile), nothing is recorded
 * and every refusal is reported.
 *
 * <p>This class plans meetings, lists them, keeps their minutes and history; the agenda is
 * {@link MeetingAgendaService}'s, the recording of the decisions {@link MeetingDecisionService}'s.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    /** The largest minutes file accepted, in MB. */
    public static final int MAX_MINUTES_MB = 20;

    private final DecisionMeetingRepository meetings;
    private final MeetingAccess access;
    private final JurisdictionPolicyService jurisdictions;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;
    private final Path root;

    MeetingService(DecisionMeetingRepository meetings, MeetingAccess access, JurisdictionPolicyService jurisdictions,
                   UserService users, AuditService audit, Clock clock,
                   @Value("${ticportal.data-dir:data}") Path dataDir) {
        this.meetings = meetings;
        this.access = access;
        this.jurisdictions = jurisdictions;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.root = dataDir.toAbsolutePath().normalize().resolve("attachments");
    }

    /** One page of the meetings of the user's jurisdiction (every jurisdiction for administrators). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public Page<MeetingSummary> list(MeetingFilter filter, Pageable pageable) {
        return meetings.findAll(filter.toSpecification(access.scopeJurisdiction()), pageable).map(MeetingSummary::of);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public long count(MeetingFilter filter) {
        return meetings.count(filter.toSpecification(access.scopeJurisdiction()));
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
        return MeetingSummary.of(access.managed(id));
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
        audit.record(AuditSubject.MEETING, m.getId().toString(), AuditAction.MEETING_PLANNED, null,
                MeetingAccess.describe(m), null);
        return MeetingSummary.of(m);
    }

    /** Changes a planned meeting's title or date; refused when someone changed it meanwhile or it is recorded. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public MeetingSummary update(long id, long expectedVersion, MeetingDraft draft) {
        DecisionMeeting m = access.planned(id, expectedVersion);
        String before = MeetingAccess.describe(m);
        m.plan(draft.checkedTitle(), draft.checkedDate());
        meetings.saveAndFlush(m);
        audit.record(AuditSubject.MEETING, m.getId().toString(), AuditAction.MEETING_CHANGED, before,
                MeetingAccess.describe(m), null);
        return MeetingSummary.of(m);
    }

    /**
     * Attaches the meeting's minutes (a PDF, decided by its content, at most {@value #MAX_MINUTES_MB} MB), replacing
     * an earlier file (which is kept on disk for the record).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public MeetingSummary attachMinutes(long id, long expectedVersion, String fileName, InputStream content) {
        DecisionMeeting m = access.planned(id, expectedVersion);
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
        DecisionMeeting m = access.managed(id);
        Path file = StoredPdf.open(root, m.getMinutesStored());
        if (file == null) {
            throw new BusinessException("meeting.minutes.none", m.getTitle());
        }
        return new StoredPdfFile(Objects.requireNonNull(m.getMinutesName()),
                Objects.requireNonNullElse(m.getMinutesSize(), 0L), file);
    }

    /** The meeting's history: planned, changed, items added and removed, minutes, recorded. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public Page<AuditEvent> history(long id, Pageable pageable) {
        access.managed(id);
        return audit.historyOf(AuditSubject.MEETING, Long.toString(id), pageable);
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

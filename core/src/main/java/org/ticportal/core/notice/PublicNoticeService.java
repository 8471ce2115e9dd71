package org.ticportal.core.notice;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.AttemptWindow;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.registration.Challenge;

/**
 * The public side of notices, without login: the published notices, their centers, period and contact, their PDF and
 * DOCX, and objections. An objection is refused, in this order, when the source address has used up its attempts
 * ({@code ticportal.objections.max-per-address} in {@code ticportal.objections.window}), the challenge is not answered,
 * a field misses the formalities of practice (a unit: its name, contact, and a stamped letter; a person: real name, an
 * 18-character ID number whose check character is right, contact; the content), a file is too large or of another
 * type, or the notice's period is over on the portal's day. Drafts are never shown.
 */
@Service
@Transactional(readOnly = true)
public class PublicNoticeService {

    /** The largest letter or evidence file, in MB. */
    public static final int MAX_FILE_MB = 10;
    /** The longest objection text. */
    public static final int MAX_CONTENT = 5000;

    private final PublicNoticeRepository notices;
    private final NoticeEntryRepository entries;
    private final ObjectionRepository objections;
    private final NoticeFiles files;
    private final AuditService audit;
    private final Clock clock;
    private final AttemptWindow attempts;
    private final int maxPerAddress;
    private final Duration window;

    PublicNoticeService(PublicNoticeRepository notices, NoticeEntryRepository entries, ObjectionRepository objections,
                        NoticeFiles files, AuditService audit, Clock clock,
                        @Value("${ticportal.objections.max-per-address:5}") int maxPerAddress,
                        @Value("${ticportal.objections.window:1h}") Duration window) {
        this.notices = notices;
        this.entries = entries;
        this.objections = objections;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
        this.attempts = new AttemptWindow(clock);
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /** One page of the published notices, newest first unless the page request sorts otherwise. */
    public Page<NoticeSummary> published(Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        return notices.findPublished(pageable).map(n -> NoticeSummary.of(n, today));
    }

    /** One page of the jurisdiction's published notices (what its public page shows), newest first unless sorted. */
    public Page<NoticeSummary> published(String jurisdictionCode, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        return notices.findPublishedIn(jurisdictionCode, pageable).map(n -> NoticeSummary.of(n, today));
    }

    /**
     * The contact for objections of the jurisdiction's latest published notice, if it published any: what other public
     * notices of its bureau (an evaluation's result notice) give for objections.
     */
    @org.springframework.security.access.prepost.PreAuthorize("permitAll()")
    public java.util.Optional<NoticeContact> latestContact(String jurisdictionCode) {
        return notices.findContacts(jurisdictionCode, org.springframework.data.domain.PageRequest.of(0, 1)).stream()
                .findFirst();
    }

    /** A published notice; refused as not found for a draft. */
    public NoticeSummary notice(long id) {
        return NoticeSummary.of(published(id), LocalDate.now(clock));
    }

    /** The centers on a published notice. */
    public List<NoticeLine> lines(long id) {
        published(id);
        return entries.findByNoticeIdOrderByPosition(id).stream().map(NoticeLine::of).toList();
    }

    /** A published notice's PDF or DOCX. */
    public NoticeDownload document(long id, boolean pdf) {
        PublicNotice n = published(id);
        Path file = files.open(pdf ? n.getPdfStored() : n.getDocxStored());
        if (file == null) {
            throw new BusinessException("notice.file.none");
        }
        return new NoticeDownload(n.getTitle() + (pdf ? ".pdf" : ".docx"), pdf ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file);
    }

    /**
     * Files an objection to one center of a published notice; returns its number.
     *
     * @param challenge the question the page asked (kept in the server-side session), used once
     * @param letter    a unit's stamped letter (required for a unit), PDF, JPG or PNG
     * @param evidence  optional evidence, PDF, JPG or PNG
     */
    @Transactional
    public long file(ObjectionForm form, @Nullable Challenge challenge, String answer, String sourceAddress,
                     @Nullable Upload letter, @Nullable Upload evidence) {
        if (!attempts.tryAttempt(sourceAddress, maxPerAddress, window)) {
            throw new BusinessException("notice.objection.tooMany");
        }
        if (challenge == null || !challenge.isAnsweredBy(answer)) {
            throw BusinessException.onField("challenge", "registration.challenge.wrong");
        }
        NoticeEntry entry = entries.findById(form.entryId())
                .filter(e -> e.getNotice().getState() != PublicNotice.State.DRAFT)
                .orElseThrow(() -> BusinessException.onField("entryId", "notice.objection.entry"));
        if (form.kind() == null) {
            throw BusinessException.onField("kind", "notice.objection.kind.required");
        }
        required("name", "notice.objection.name.required", form.name(), 100);
        required("contact", "notice.objection.contact.required", form.contact(), 100);
        required("content", "notice.objection.content.required", form.content(), MAX_CONTENT);
        if (form.kind() == Objection.Kind.PERSON && !IdNumbers.valid(form.idNumber())) {
            throw BusinessException.onField("idNumber", "notice.objection.idNumber");
        }
        if (form.kind() == Objection.Kind.UNIT && letter == null) {
            throw BusinessException.onField("letter", "notice.objection.letter.required");
        }
        LocalDate today = LocalDate.now(clock);
        PublicNotice n = entry.getNotice();
        if (!n.open(today)) {
            throw new BusinessException("notice.objection.late", NoticeDocuments.day(n.getPeriodEnd()));
        }
        Objection o = new Objection(entry, form, sourceAddress, clock.instant(), today);
        if (letter != null) {
            o.letter(name(letter), files.storeUpload("letter", name(letter), letter.content(), MAX_FILE_MB,
                    NoticeFiles.UPLOAD_TYPES, today));
        }
        if (evidence != null) {
            o.evidence(name(evidence), files.storeUpload("evidence", name(evidence), evidence.content(), MAX_FILE_MB,
                    NoticeFiles.UPLOAD_TYPES, today));
        }
        objections.saveAndFlush(o);
        audit.recordAs(AuditService.SYSTEM_ACTOR, AuditSubject.NOTICE, Long.toString(n.getId()), AuditAction.OBJECTION_FILED,
                null, Objection.State.FILED.name(), "objection " + o.getId() + " to " + entry.getReferenceNo()
                        + " from " + sourceAddress);
        return o.getId();
    }

    private static void required(String field, String key, String value, int max) {
        if (value.isBlank()) {
            throw BusinessException.onField(field, key);
        }
        if (value.strip().length() > max) {
            throw BusinessException.onField(field, "notice.tooLong", max);
        }
    }

    private static String name(Upload u) {
        String n = Path.of(u.fileName() == null || u.fileName().isBlank() ? "file" : u.fileName()).getFileName()
                .toString();
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private PublicNotice published(long id) {
        return notices.findById(id).filter(n -> n.getState() != PublicNotice.State.DRAFT)
                .orElseThrow(() -> new BusinessException("notice.notFound", id));
    }
}

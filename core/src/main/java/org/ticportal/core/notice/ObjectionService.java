package org.ticportal.core.notice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.AvailableAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.CjkFont;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormField;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * The bureau's handling of objections filed on the public notice page. The objector's personal data (name, ID number,
 * contact, the letter) is shown only to bureau users of the notice's jurisdiction. Receiving an objection takes the
 * policy's step from the notice stage into its objection stage, with the objection on the step's form (a person's
 * name masked: the application's history is read by the applicant); upholding or dismissing it takes the policy's step
 * out of the objection stage (to a rejecting stage, or to a recognising or notice stage) with the reasons as the
 * step's comment and a reply document kept with the objection. A second objection to a center whose objection is being
 * handled joins that handling; a dismissal takes the step only when no other objection to the center is open.
 */
@Service
@Transactional(readOnly = true)
public class ObjectionService {

    /** The largest reply document accepted, in MB. */
    public static final int MAX_REPLY_MB = 20;

    private final ObjectionRepository objections;
    private final ObjectionGridQueries grid;
    private final NoticeEntryRepository entries;
    private final NoticeAccess access;
    private final ApplicationService applications;
    private final AttachmentService attachments;
    private final UserService users;
    private final AuditService audit;
    private final NoticeFiles files;
    private final Clock clock;
    private final @Nullable String font;

    ObjectionService(ObjectionRepository objections, ObjectionGridQueries grid, NoticeEntryRepository entries,
                     NoticeAccess access,
                     ApplicationService applications, AttachmentService attachments, UserService users,
                     AuditService audit, NoticeFiles files, Clock clock,
                     @Value("${ticportal.pdf.font:}") @Nullable String font) {
        this.objections = objections;
        this.grid = grid;
        this.entries = entries;
        this.access = access;
        this.applications = applications;
        this.attachments = attachments;
        this.users = users;
        this.audit = audit;
        this.files = files;
        this.clock = clock;
        this.font = font;
    }

    /** The objections to a notice of the user's jurisdiction, oldest first; personal data only for its bureau. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<ObjectionView> list(long noticeId) {
        PublicNotice n = access.managed(noticeId);
        boolean personal = showsPersonalData(n);
        Map<Long, String> names = new LinkedHashMap<>();
        entries.findByNoticeIdOrderByPosition(noticeId).forEach(e -> names.put(e.getId(), e.getCenterName()));
        return objections.findByNoticeIdOrderByFiledAt(noticeId).stream()
                .map(o -> ObjectionView.of(o, names.getOrDefault(o.getEntryId(), ""), personal)).toList();
    }

    /**
     * One page of 异议管理's grid: the objections to the notices of the user's jurisdiction (every jurisdiction for
     * administrators), with their notice and center, filtered, sorted and paged in the database. The objector's name
     * is whole for the bureau (whose scope is its jurisdiction's notices) and masked for administrators, as on the
     * notice's screen; only the bureau finds objections by the objector's name.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<ObjectionRow> list(ObjectionFilter filter, Pageable pageable) {
        return grid.page(filter, access.scopeJurisdiction(), showsPersonalData(), pageable);
    }

    /** The number of objections of the filter in the user's jurisdiction (every jurisdiction for administrators). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public long count(ObjectionFilter filter) {
        return grid.count(filter, access.scopeJurisdiction(), showsPersonalData());
    }

    /** An objector's letter or evidence, for the bureau of the notice's jurisdiction only. */
    @PreAuthorize("hasRole('BUREAU')")
    public NoticeDownload openFile(long objectionId, boolean letter) {
        Objection o = find(objectionId);
        PublicNotice n = access.managed(o.getNoticeId());
        if (!showsPersonalData(n)) {
            throw new AccessDeniedException("the objector's files are for the notice's bureau");
        }
        String stored = letter ? o.getLetterStored() : o.getEvidenceStored();
        String name = letter ? o.getLetterName() : o.getEvidenceName();
        Path file = files.open(stored);
        if (file == null || name == null || stored == null) {
            throw new BusinessException("notice.file.none");
        }
        return new NoticeDownload(name, org.ticportal.core.application.FileTypes.mediaType(
                stored.substring(stored.lastIndexOf('.') + 1)), file);
    }

    /**
     * Receives a filed objection: takes the policy's step from the notice stage into its objection stage on the
     * objected application, with the objection on the step's form and its letter (or the objection as filed, as a
     * PDF) in the form's first attachment field.
     */
    @PreAuthorize("hasRole('BUREAU')")
    @Transactional
    public ObjectionView receive(long objectionId, long expectedVersion) {
        Objection o = checked(objectionId, expectedVersion, Objection.State.FILED);
        ApplicationDetail d = applications.get(o.getApplicationId());
        if (d.row().stageKind() == StageKind.OBJECTION) {
            // another objection to the same center is being handled: this one joins it, no second step
            o.received(clock.instant(), AuditService.currentActor());
            objections.saveAndFlush(o);
            audit.record(AuditSubject.NOTICE, Long.toString(o.getNoticeId()), AuditAction.OBJECTION_RECEIVED,
                    Objection.State.FILED.name(), Objection.State.RECEIVED.name(),
                    "objection " + o.getId() + ", joins the handling in progress");
            return view(o);
        }
        AvailableAction step = step(d, kind -> kind == StageKind.OBJECTION);
        Map<String, Object> values = new LinkedHashMap<>();
        boolean unit = o.getKind() == Objection.Kind.UNIT;
        String shownName = unit ? o.getObjectorName() : o.getObjectorName().charAt(0) + "**";
        if (!step.formCode().isEmpty()) {
            values.put(FieldKeys.OBJECTION_OBJECTOR, shownName);
            values.put(FieldKeys.OBJECTION_OBJECTOR_KIND, o.getKind().name());
            values.put(FieldKeys.OBJECTION_CONTACT, CoreMessages.text("notice.objection.contactHidden").zh());
            values.put(FieldKeys.OBJECTION_RECEIVED_DATE, o.getFiledOn());
            values.put(FieldKeys.OBJECTION_CONTENT, o.getContent());
            values.put(FieldKeys.OBJECTION_FORMALITIES_CHECKED, Boolean.TRUE);
            attachLetter(o, d, step.formCode(), shownName);
        }
        String comment = CoreMessages.text("notice.objection.receivedComment", o.getId(),
                NoticeDocuments.day(o.getFiledOn())).zh();
        long version = applications.get(o.getApplicationId()).row().version();
        applications.perform(o.getApplicationId(), version, step.code(), comment, values);
        o.received(clock.instant(), AuditService.currentActor());
        objections.saveAndFlush(o);
        audit.record(AuditSubject.NOTICE, Long.toString(o.getNoticeId()), AuditAction.OBJECTION_RECEIVED,
                Objection.State.FILED.name(), Objection.State.RECEIVED.name(), "objection " + o.getId());
        return view(o);
    }

    /**
     * Upholds or dismisses a received objection with reasons and a reply document (a PDF): takes the policy's step
     * out of the objection stage — to a rejecting stage when upheld, else to a recognising or notice stage.
     */
    @PreAuthorize("hasRole('BUREAU')")
    @Transactional
    public ObjectionView decide(long objectionId, long expectedVersion, boolean upheld, String reasons,
                                String replyName, InputStream reply) {
        Objection o = checked(objectionId, expectedVersion, Objection.State.RECEIVED);
        String why = reasons == null ? "" : reasons.strip();
        if (why.isEmpty()) {
            throw BusinessException.onField("reasons", "notice.objection.reasons.required");
        }
        if (why.length() > 4000) {
            throw BusinessException.onField("reasons", "notice.tooLong", 4000);
        }
        ApplicationDetail d = applications.get(o.getApplicationId());
        // the step out of the objection stage is taken by an upheld objection, or by the last one dismissed; while
        // another objection to the center is open, a dismissal is recorded on the objection alone
        boolean handling = !d.row().closed() && d.row().stageKind() == StageKind.OBJECTION;
        boolean othersOpen = objections.existsByApplicationIdAndStateInAndIdNot(o.getApplicationId(),
                EnumSet.of(Objection.State.FILED, Objection.State.RECEIVED), o.getId());
        AvailableAction step = handling && (upheld || !othersOpen) ? step(d, upheld
                ? kind -> kind == StageKind.REJECTED
                : kind -> kind == StageKind.RECOGNIZED || kind == StageKind.NOTICE || kind == StageKind.PROVISIONAL)
                : null;
        String name = Objects.requireNonNullElse(replyName, "reply.pdf");
        String stored = files.storeUpload("reply", name, reply, MAX_REPLY_MB, Set.of("pdf"), LocalDate.now(clock));
        if (step != null) {
            applications.perform(o.getApplicationId(), d.row().version(), step.code(), why, Map.of());
        }
        o.decided(upheld, why, name, stored, clock.instant(), AuditService.currentActor());
        objections.saveAndFlush(o);
        audit.record(AuditSubject.NOTICE, Long.toString(o.getNoticeId()), upheld ? AuditAction.OBJECTION_UPHELD
                : AuditAction.OBJECTION_DISMISSED, Objection.State.RECEIVED.name(), o.getState().name(),
                "objection " + o.getId());
        return view(o);
    }

    private void attachLetter(Objection o, ApplicationDetail d, String formCode, String shownName) {
        FormField field = applications.stepForm(d.row().id(), formCode).fields()
                .filter(f -> f.type() == FieldType.ATTACHMENT).findFirst().orElse(null);
        if (field == null) {
            return;
        }
        Path letter = o.getKind() == Objection.Kind.UNIT ? files.open(o.getLetterStored()) : null;
        try (InputStream in = letter != null ? Files.newInputStream(letter)
                : new ByteArrayInputStream(NoticeDocuments.pdf(CoreMessages.text("notice.objection.asFiled",
                        shownName, NoticeDocuments.day(o.getFiledOn()), o.getContent()).zh(), CjkFont.find(font)))) {
            String name = letter != null ? Objects.requireNonNull(o.getLetterName())
                    : CoreMessages.text("notice.objection.fileName", o.getId()).zh();
            attachments.upload(d.row().id(), formCode, field.key(), name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AvailableAction step(ApplicationDetail d, Predicate<StageKind> target) {
        List<AvailableAction> actions = d.actions() == null ? List.of() : d.actions();
        return actions.stream().filter(a -> d.stages().stream().filter(s -> s.code().equals(a.toStage()))
                        .map(Stage::kind).anyMatch(target))
                .findFirst().orElseThrow(() -> new BusinessException("notice.objection.noStep",
                        d.row().referenceNo()));
    }

    private Objection checked(long objectionId, long expectedVersion, Objection.State expected) {
        Objection o = find(objectionId);
        access.managed(o.getNoticeId());
        if (o.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("objection " + objectionId + " was changed by someone else");
        }
        if (o.getState() != expected) {
            throw new BusinessException("notice.objection.state", o.getId());
        }
        return o;
    }

    private Objection find(long id) {
        return objections.findById(id).orElseThrow(() -> new BusinessException("notice.objection.notFound", id));
    }

    private ObjectionView view(Objection o) {
        String name = entries.findById(o.getEntryId()).map(NoticeEntry::getCenterName).orElse("");
        return ObjectionView.of(o, name, showsPersonalData(access.managed(o.getNoticeId())));
    }

    /** Whether the user sees who objected to the notices of its scope: bureau staff do (their own jurisdiction's). */
    private boolean showsPersonalData() {
        return users.currentScope().role() == Role.BUREAU;
    }

    /** Only the bureau of the notice's jurisdiction sees who objected. */
    private boolean showsPersonalData(PublicNotice n) {
        AccessScope scope = users.currentScope();
        return scope.role() == Role.BUREAU && scope.coversJurisdiction(n.getJurisdictionCode());
    }
}

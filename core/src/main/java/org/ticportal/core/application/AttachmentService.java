package org.ticportal.core.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormField;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * Files attached to applications. Uploads are stored in the data folder under generated names; their type is decided
 * from the content against the field's allow-list, their size is limited here on the server (the browser's limit is
 * only a convenience), and every download checks again that the user may see the application.
 *
 * <p>A file can be attached to the application form by the applicant while the application is a draft, and to a
 * step's form by whoever may take that step now.
 */
@Service
public class AttachmentService {

    /** The size limit of a field that sets none. */
    public static final int DEFAULT_MAX_SIZE_MB = 20;

    private final ApplicationRepository applications;
    private final AttachmentRepository attachments;
    private final StepAvailability availability;
    private final CaseForms caseForms;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final PanelAccess panels;
    private final Path root;

    AttachmentService(ApplicationRepository applications, AttachmentRepository attachments,
                      StepAvailability availability, CaseForms caseForms, UserService users, AuditService audit,
                      Clock clock,
                      TransactionTemplate transactions, PanelAccess panels,
                      @Value("${ticportal.data-dir:data}") Path dataDir) {
        this.panels = panels;
        this.applications = applications;
        this.attachments = attachments;
        this.availability = availability;
        this.caseForms = caseForms;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.root = dataDir.toAbsolutePath().normalize().resolve("attachments");
    }

    /** The application's attachments, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Attachment> list(long applicationId) {
        visible(applicationId);
        return attachments.findByApplicationIdAndDeletedAtIsNullOrderByUploadedAt(applicationId);
    }

    /**
     * Stores an uploaded file for a field. Refused when the user may not change that form now, the field is no
     * attachment field, the file is larger than the field allows, its content is not of an allowed type (whatever its
     * name says), or the field already holds as many files as it may.
     */
    @PreAuthorize("hasAnyRole('APPLICANT', 'COUNTY', 'BUREAU')")
    public Attachment upload(long applicationId, String formCode, String fieldKey, String fileName,
                             InputStream content) {
        RecognitionApplication app = visible(applicationId);
        FormField field = editableField(app, formCode, fieldKey);
        int maxMb = field.maxSizeMb() == null ? DEFAULT_MAX_SIZE_MB : field.maxSizeMb();
        long present = attachments.findByApplicationIdAndFormCodeAndFieldKeyAndDeletedAtIsNullOrderByUploadedAt(
                applicationId, formCode, fieldKey).size();
        int maxFiles = field.maxFiles() == null ? 10 : field.maxFiles();
        if (present >= maxFiles) {
            throw BusinessException.onField(fieldKey, "attachment.tooMany", maxFiles);
        }
        String original = originalName(fileName);
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long size;
                byte[] head = new byte[16];
                int headLength = 0;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                    byte[] buffer = new byte[64 * 1024];
                    size = 0;
                    int n;
                    long limit = maxMb * 1024L * 1024L;
                    while ((n = content.read(buffer)) >= 0) {
                        if (headLength < head.length) {
                            int copy = Math.min(n, head.length - headLength);
                            System.arraycopy(buffer, 0, head, headLength, copy);
                            headLength += copy;
                        }
                        size += n;
                        if (size > limit) {
                            throw BusinessException.onField(fieldKey, "attachment.tooLarge", original, maxMb);
                        }
                        out.write(buffer, 0, n);
                    }
                }
                if (size == 0) {
                    throw BusinessException.onField(fieldKey, "attachment.empty", original);
                }
                String type = FileTypes.detect(temp, java.util.Arrays.copyOf(head, headLength));
                Set<String> accept = Set.copyOf(field.accept());
                if (type == null || !FileTypes.allowed(type, accept)) {
                    throw BusinessException.onField(fieldKey, "attachment.typeRefused", original,
                            String.join(", ", accept.isEmpty() ? FileTypes.ALL : field.accept()));
                }
                LocalDate today = LocalDate.now(clock);
                String stored = today.getYear() + "/" + String.format("%02d", today.getMonthValue()) + "/"
                        + UUID.randomUUID() + "." + type;
                Path target = root.resolve(stored);
                Files.createDirectories(target.getParent());
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                String sha256 = HexFormat.of().formatHex(sha.digest());
                long bytes = size;
                // the file was received outside any transaction; now, briefly: check again, record, and bump the
                // application's version so that a step taken meanwhile in another tab is refused, not fooled
                try {
                    return transactions.execute(tx -> {
                        RecognitionApplication current = visible(applicationId);
                        editableField(current, formCode, fieldKey);
                        if (attachments.findByApplicationIdAndFormCodeAndFieldKeyAndDeletedAtIsNullOrderByUploadedAt(
                                applicationId, formCode, fieldKey).size() >= maxFiles) {
                            throw BusinessException.onField(fieldKey, "attachment.tooMany", maxFiles);
                        }
                        current.touch(clock.instant());
                        applications.saveAndFlush(current);
                        Attachment a = attachments.save(new Attachment(applicationId, formCode, fieldKey,
                                field.evidence(), original, stored, FileTypes.mediaType(type), bytes, sha256,
                                AuditService.currentActor(), clock.instant()));
                        audit.record(AuditSubject.APPLICATION, Long.toString(applicationId), AuditAction.ATTACHED, null,
                                formCode + "/" + fieldKey, original + " (" + bytes + " bytes, sha256 " + sha256 + ")");
                        return a;
                    });
                } catch (RuntimeException e) {
                    Files.deleteIfExists(target);
                    throw e;
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes an attachment from its field (the file is kept for the history). */
    @PreAuthorize("hasAnyRole('APPLICANT', 'COUNTY', 'BUREAU')")
    @Transactional
    public void remove(long attachmentId) {
        Attachment a = attachments.findById(attachmentId).filter(x -> !x.isDeleted())
                .orElseThrow(() -> new BusinessException("attachment.notFound", attachmentId));
        RecognitionApplication app = visible(a.getApplicationId());
        editableField(app, a.getFormCode(), a.getFieldKey());
        a.delete(clock.instant(), AuditService.currentActor());
        app.touch(clock.instant());
        applications.saveAndFlush(app);
        audit.record(AuditSubject.APPLICATION, a.getApplicationId().toString(), AuditAction.DETACHED,
                a.getFormCode() + "/" + a.getFieldKey(), null, a.getOriginalName());
    }

    /** Opens an attachment for download, after checking again that the user may see its application. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Download open(long attachmentId) {
        Attachment a = attachments.findById(attachmentId)
                .orElseThrow(() -> new BusinessException("attachment.notFound", attachmentId));
        visible(a.getApplicationId());
        Path file = root.resolve(a.getStoredName()).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            throw new BusinessException("attachment.notFound", attachmentId);
        }
        return new Download(a.getOriginalName(), a.getMediaType(), a.getSizeBytes(), file);
    }

    /**
     * A file to send: its name, type, size and content.
     *
     * @param name      the original file name
     * @param mediaType the detected media type
     * @param size      its size in bytes
     * @param path      where it is stored
     */
    public record Download(String name, String mediaType, long size, Path path) {

        public InputStream stream() throws IOException {
            return Files.newInputStream(path);
        }
    }

    private FormField editableField(RecognitionApplication app, String formCode, String fieldKey) {
        AccessScope scope = users.currentScope();
        if (app.isClosed()) {
            throw new BusinessException("application.notEditable", app.getStage());
        }
        boolean applicationForm = formCode.equals(app.getFormCode());
        boolean allowed = applicationForm
                ? app.getStageKind() == StageKind.DRAFT && ApplicationAccess.canAct(Actor.APPLICANT, scope, app)
                : availability.available(app, scope).stream().anyMatch(t -> t.form().equals(formCode));
        if (!allowed) {
            throw new AccessDeniedException("may not attach to " + formCode + " of application " + app.getId());
        }
        return caseForms.formOf(app, formCode).fields()
                .filter(f -> f.key().equals(fieldKey) && f.type() == FieldType.ATTACHMENT).findFirst()
                .orElseThrow(() -> new BusinessException("attachment.noSuchField", fieldKey));
    }

    /**
     * The application if the user may see it: by their role's scope, or, for an expert, only when they sit on its
     * panel and declared no conflict (a guessed id or URL is refused as if the application did not exist).
     */
    private RecognitionApplication visible(long id) {
        AccessScope scope = users.currentScope();
        return applications.findById(id).filter(a -> scope.role() == Role.EXPERT ? panels.mayRead(id)
                        : ApplicationAccess.canSee(scope, a))
                .orElseThrow(() -> new BusinessException("application.notFound", id));
    }

    private static String originalName(String fileName) {
        return FileTypes.originalName(fileName);
    }
}

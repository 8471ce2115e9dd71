package org.ticportal.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.FileTypes;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.ReceivedUpload;
import org.ticportal.core.common.StoredFileInfo;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormField;

/**
 * The files of an annual report's attachment fields: the lead unit attaches and removes them while the report may be
 * changed (type by content, size and count as the form's field allows); whoever sees the report opens them. Files are
 * stored under the attachments folder like an application's; a removed file stays for the history.
 */
@Service
public class AnnualReportFiles {

    private final AnnualReportRepository reports;
    private final AnnualReportFileRepository files;
    private final ReportAccess access;
    private final AnnualReportService service;
    private final AuditService audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final EntityManager entities;
    private final Path root;

    AnnualReportFiles(AnnualReportRepository reports, AnnualReportFileRepository files, ReportAccess access,
                      AnnualReportService service, AuditService audit, Clock clock, TransactionTemplate transactions,
                      EntityManager entities, @Value("${ticportal.data-dir:data}") Path dataDir) {
        this.entities = entities;
        this.reports = reports;
        this.files = files;
        this.access = access;
        this.service = service;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.root = dataDir.toAbsolutePath().normalize().resolve("attachments");
    }

    /** The files of a field, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    @Transactional(readOnly = true)
    public List<? extends StoredFileInfo> list(long reportId, String fieldKey) {
        access.visible(reportId);
        return files.findByReportIdAndFieldKeyAndDeletedAtIsNullOrderByUploadedAt(reportId, fieldKey);
    }

    /** Attaches a file to a field of the user's own report; refused with the field's message when it does not fit. */
    @PreAuthorize("hasRole('APPLICANT')")
    public StoredFileInfo upload(long reportId, String fieldKey, String fileName, InputStream content) {
        FormField field = field(access.ownEditable(reportId), fieldKey);
        int maxMb = field.maxSizeMb() == null ? AttachmentService.DEFAULT_MAX_SIZE_MB : field.maxSizeMb();
        int maxFiles = field.maxFiles() == null ? 10 : field.maxFiles();
        String original = FileTypes.originalName(fileName);
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path temp = Files.createTempFile(root.resolve("tmp"), "report-", ".part");
            try {
                ReceivedUpload received = ReceivedUpload.copy(content, temp, maxMb * 1024L * 1024L,
                        () -> BusinessException.onField(fieldKey, "attachment.tooLarge", original, maxMb));
                if (received.size() == 0) {
                    throw BusinessException.onField(fieldKey, "attachment.empty", original);
                }
                String type = FileTypes.detect(temp, received.head());
                if (type == null || !FileTypes.allowed(type, Set.copyOf(field.accept()))) {
                    throw BusinessException.onField(fieldKey, "attachment.typeRefused", original,
                            String.join(", ", field.accept()));
                }
                LocalDate today = LocalDate.now(clock);
                String stored = today.getYear() + "/" + String.format("%02d", today.getMonthValue()) + "/"
                        + UUID.randomUUID() + "." + type;
                Path target = root.resolve(stored);
                Files.createDirectories(target.getParent());
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                try {
                    return transactions.execute(tx -> {
                        AnnualReport report = access.ownEditable(reportId);
                        if (files.findByReportIdAndFieldKeyAndDeletedAtIsNullOrderByUploadedAt(reportId, fieldKey)
                                .size() >= maxFiles) {
                            throw BusinessException.onField(fieldKey, "attachment.tooMany", maxFiles);
                        }
                        changed(report);
                        AnnualReportFile f = files.save(new AnnualReportFile(reportId, fieldKey, original, stored,
                                FileTypes.mediaType(type), received.size(), received.sha256(),
                                AuditService.currentActor(), clock.instant()));
                        audit.record(AuditSubject.ANNUAL_REPORT, Long.toString(reportId), AuditAction.ATTACHED, null,
                                fieldKey, original + " (" + received.size() + " bytes, sha256 " + received.sha256()
                                        + ")");
                        return f;
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
        }
    }

    /** Removes a file from the user's own report while it may be changed (the file is kept for the history). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void remove(long fileId) {
        AnnualReportFile f = files.findById(fileId).filter(x -> !x.isDeleted())
                .orElseThrow(() -> new BusinessException("attachment.notFound", fileId));
        AnnualReport report = access.ownEditable(f.getReportId());
        f.delete(clock.instant(), AuditService.currentActor());
        changed(report);
        audit.record(AuditSubject.ANNUAL_REPORT, Long.toString(f.getReportId()), AuditAction.DETACHED, f.getFieldKey(), null,
                f.getOriginalName());
    }

    /** Opens a file of a report the user may see. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    @Transactional(readOnly = true)
    public AttachmentService.Download open(long fileId) {
        AnnualReportFile f = files.findById(fileId)
                .orElseThrow(() -> new BusinessException("attachment.notFound", fileId));
        access.visible(f.getReportId());
        Path file = root.resolve(f.getStoredName()).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            throw new BusinessException("attachment.notFound", fileId);
        }
        return new AttachmentService.Download(f.getOriginalName(), f.getMediaType(), f.getSizeBytes(), file);
    }

    /** A file changes the report: its version moves, so a save from a screen that did not see the file is refused. */
    private void changed(AnnualReport report) {
        report.touch(clock.instant());
        entities.lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        reports.saveAndFlush(report);
    }

    private FormField field(AnnualReport report, String fieldKey) {
        return service.definition(report).field(fieldKey).filter(f -> f.type() == FieldType.ATTACHMENT)
                .orElseThrow(() -> BusinessException.onField(fieldKey, "attachment.noSuchField", fieldKey));
    }

}

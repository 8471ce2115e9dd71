package org.ticportal.core.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.catalog.CatalogService;
import org.ticportal.core.catalog.CatalogsInForce;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;

/**
 * The applicant's file as documents: the application exported as a PDF for stamping (盖章), and every version of a
 * document the case holds (the construction plan filed with the application and the one revised after the experts'
 * argumentation), each with its upload date.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationFileService {

    /**
     * A generated document.
     *
     * @param fileName what the browser saves it as
     * @param content  its bytes
     */
    public record GeneratedFile(String fileName, byte[] content) {

        public GeneratedFile {
            java.util.Objects.requireNonNull(fileName, "fileName");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    private final ApplicationRepository applications;
    private final AttachmentRepository attachments;
    private final CaseForms caseForms;
    private final CatalogService catalogs;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;
    private final @Nullable String font;

    ApplicationFileService(ApplicationRepository applications, AttachmentRepository attachments, CaseForms caseForms,
                           CatalogService catalogs, UserService users, AuditService audit, Clock clock,
                           @Value("${ticportal.pdf.font:}") @Nullable String font) {
        this.applications = applications;
        this.attachments = attachments;
        this.caseForms = caseForms;
        this.catalogs = catalogs;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.font = font;
    }

    /**
     * The application as a PDF for stamping: its form's sections, tables and attachment list in Chinese, with the
     * unit, the date and page numbers; for everyone who may see the application.
     */
    @PreAuthorize("isAuthenticated()")
    public GeneratedFile applicationPdf(long id) {
        RecognitionApplication app = visible(id);
        FormDefinition form = caseForms.formOf(app, app.getFormCode());
        CatalogsInForce inForce = catalogs.inForce(app.getPin());
        List<Attachment> files = attachments.findByApplicationIdAndDeletedAtIsNullOrderByUploadedAt(id).stream()
                .filter(a -> a.getFormCode().equals(app.getFormCode())).toList();
        CaseFile file = new CaseFile(app, files, java.util.Map::of);
        LocalDate today = LocalDate.now(clock);
        byte[] pdf = ApplicationPdf.write(new ApplicationPdf.Content(form.title().zh(), app.getReferenceNo(),
                app.getUnit().getName(), today, form, file.values(), files, inForce::labels, clock.getZone()),
                ApplicationPdf.font(font));
        audit.record(AuditSubject.APPLICATION, app.getId().toString(), AuditAction.PDF_EXPORTED, null, null, null);
        return new GeneratedFile(app.getReferenceNo() + ".pdf", pdf);
    }

    /**
     * Every file of an evidence type the case holds, oldest first, on whichever of its forms it was uploaded (the
     * plan filed with the application, the revised plan): versions are kept, never replaced.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Attachment> versions(long id, String evidenceCode) {
        visible(id);
        return attachments.findByApplicationIdAndDeletedAtIsNullOrderByUploadedAt(id).stream()
                .filter(a -> evidenceCode.equals(a.getEvidenceCode())).toList();
    }

    private RecognitionApplication visible(long id) {
        AccessScope scope = users.currentScope();
        return applications.findById(id).filter(a -> ApplicationAccess.canSee(scope, a))
                .orElseThrow(() -> new BusinessException("application.notFound", id));
    }
}

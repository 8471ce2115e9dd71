package org.ticportal.ui.forms;

import java.io.InputStream;
import java.util.List;

import org.ticportal.core.application.Attachment;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.common.StoredFileInfo;

/**
 * What a form's attachment fields may do for one record (an application, an annual report) and one of its forms: list
 * the files of a field, upload, remove, and open a file. Each call goes to the record's service ({@link
 * AttachmentService} for applications), which checks who may do it.
 */
public interface AttachmentSupport {

    List<? extends StoredFileInfo> list(String fieldKey);

    StoredFileInfo upload(String fieldKey, String fileName, InputStream content);

    void remove(long attachmentId);

    AttachmentService.Download open(long attachmentId);

    /**
     * Runs in the UI after a file was attached or removed: the application's version has changed, so a screen that
     * holds it reads it again.
     */
    default void changed() {
    }

    /**
     * Support for a form's preview in the designer: no files, and an upload is refused with a message saying that
     * this is a preview.
     */
    static AttachmentSupport preview() {
        return new AttachmentSupport() {
            @Override
            public List<Attachment> list(String fieldKey) {
                return List.of();
            }

            @Override
            public Attachment upload(String fieldKey, String fileName, InputStream content) {
                throw new org.ticportal.core.common.BusinessException("formVersion.preview.noUpload");
            }

            @Override
            public void remove(long attachmentId) {
                throw new org.ticportal.core.common.BusinessException("formVersion.preview.noUpload");
            }

            @Override
            public AttachmentService.Download open(long attachmentId) {
                throw new org.ticportal.core.common.BusinessException("formVersion.preview.noUpload");
            }
        };
    }

    /** Support for one application's form, through the service. */
    static AttachmentSupport of(AttachmentService service, long applicationId, String formCode) {
        return of(service, applicationId, formCode, () -> {
        });
    }

    /** The same, with what to do after each change. */
    static AttachmentSupport of(AttachmentService service, long applicationId, String formCode, Runnable afterChange) {
        return new AttachmentSupport() {
            @Override
            public void changed() {
                afterChange.run();
            }

            @Override
            public List<Attachment> list(String fieldKey) {
                return service.list(applicationId).stream()
                        .filter(a -> a.getFormCode().equals(formCode) && a.getFieldKey().equals(fieldKey)).toList();
            }

            @Override
            public Attachment upload(String fieldKey, String fileName, InputStream content) {
                return service.upload(applicationId, formCode, fieldKey, fileName, content);
            }

            @Override
            public void remove(long attachmentId) {
                service.remove(attachmentId);
            }

            @Override
            public AttachmentService.Download open(long attachmentId) {
                return service.open(attachmentId);
            }
        };
    }
}

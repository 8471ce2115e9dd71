package org.ticportal.ui.base;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Upload components that speak the user's language: the button, the drop hint, the file list's actions and the
 * errors ("file too big", "wrong type") from the bundles instead of Vaadin's English defaults. Every {@link Upload}
 * of the portal goes through {@link #localized(Upload)}.
 */
public final class Uploads {

    private Uploads() {
    }

    /**
     * Reads an upload's content up to {@code limit} bytes (a service refuses anything longer than its limit, so one
     * byte more than the limit is enough to be refused).
     */
    public static byte[] readAtMost(java.io.InputStream in, long limit) {
        try (in) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Sets the upload's texts from the bundles, in the current UI's language; returns the upload. */
    public static Upload localized(Upload upload) {
        upload.setI18n(i18n(upload));
        return upload;
    }

    /** The upload texts in the language of {@code source} (its UI's locale). */
    public static UploadI18N i18n(Component source) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(source.getTranslation("upload.addFiles.one"))
                .setMany(source.getTranslation("upload.addFiles.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(source.getTranslation("upload.dropFiles.one"))
                .setMany(source.getTranslation("upload.dropFiles.many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(source.getTranslation("upload.error.tooManyFiles"))
                .setFileIsTooBig(source.getTranslation("upload.error.fileIsTooBig"))
                .setIncorrectFileType(source.getTranslation("upload.error.incorrectFileType")));
        i18n.setFile(new UploadI18N.File()
                .setRetry(source.getTranslation("upload.file.retry"))
                .setStart(source.getTranslation("upload.file.start"))
                .setRemove(source.getTranslation("upload.file.remove")));
        UploadI18N.Uploading uploading = new UploadI18N.Uploading();
        uploading.setStatus(new UploadI18N.Uploading.Status()
                .setConnecting(source.getTranslation("upload.status.connecting"))
                .setStalled(source.getTranslation("upload.status.stalled"))
                .setProcessing(source.getTranslation("upload.status.processing"))
                .setHeld(source.getTranslation("upload.status.held")));
        uploading.setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                .setPrefix(source.getTranslation("upload.remaining.prefix"))
                .setUnknown(source.getTranslation("upload.remaining.unknown")));
        uploading.setError(new UploadI18N.Uploading.Error()
                .setServerUnavailable(source.getTranslation("upload.failed.serverUnavailable"))
                .setUnexpectedServerError(source.getTranslation("upload.failed.unexpected"))
                .setForbidden(source.getTranslation("upload.failed.forbidden"))
                .setFileTooLarge(source.getTranslation("upload.failed.fileTooLarge")));
        i18n.setUploading(uploading);
        i18n.setUnits(units(source.getTranslation("upload.units")));
        return i18n;
    }

    private static List<String> units(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }
}

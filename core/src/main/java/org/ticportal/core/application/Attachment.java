package org.ticportal.core.application;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A file attached to a field of an application's form or of one of its steps' forms. The content is stored in the
 * data folder under a generated name; its original name, detected type, size and SHA-256 checksum are kept here.
 * Removing an attachment marks it deleted; the file stays for the history.
 */
@Entity
@Table(name = "attachment")
public class Attachment implements org.ticportal.core.common.StoredFileInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "form_code", nullable = false, updatable = false, length = 64)
    private String formCode;

    @Column(name = "field_key", nullable = false, updatable = false, length = 100)
    private String fieldKey;

    @Column(name = "evidence_code", updatable = false, length = 64)
    private @Nullable String evidenceCode;

    @Column(name = "original_name", nullable = false, updatable = false, length = 255)
    private String originalName;

    @Column(name = "stored_name", nullable = false, updatable = false, length = 255)
    private String storedName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "deleted_by", length = 64)
    private @Nullable String deletedBy;

    protected Attachment() {
    }

    Attachment(Long applicationId, String formCode, String fieldKey, @Nullable String evidenceCode,
               String originalName, String storedName, String mediaType, long sizeBytes, String sha256,
               String uploadedBy, Instant uploadedAt) {
        this.applicationId = applicationId;
        this.formCode = formCode;
        this.fieldKey = fieldKey;
        this.evidenceCode = evidenceCode;
        this.originalName = originalName;
        this.storedName = storedName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void delete(Instant at, String by) {
        this.deletedAt = at;
        this.deletedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getFormCode() {
        return formCode;
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public @Nullable String getEvidenceCode() {
        return evidenceCode;
    }

    public String getOriginalName() {
        return originalName;
    }

    String getStoredName() {
        return storedName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}

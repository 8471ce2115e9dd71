package org.ticportal.core.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.StoredFileInfo;

/** A file attached to an annual report's field (table {@code annual_report_file}); a removed file is only marked. */
@Entity
@Table(name = "annual_report_file")
class AnnualReportFile implements StoredFileInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Column(name = "field_key", nullable = false, length = 100, updatable = false)
    private String fieldKey;

    @Column(name = "original_name", nullable = false, length = 255, updatable = false)
    private String originalName;

    @Column(name = "stored_name", nullable = false, length = 255, updatable = false)
    private String storedName;

    @Column(name = "media_type", nullable = false, length = 100, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 64, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "deleted_by", length = 64)
    private @Nullable String deletedBy;

    protected AnnualReportFile() {
        this.fieldKey = "";
        this.originalName = "";
        this.storedName = "";
        this.mediaType = "";
        this.sha256 = "";
        this.uploadedBy = "";
        this.uploadedAt = Instant.EPOCH;
    }

    AnnualReportFile(long reportId, String fieldKey, String originalName, String storedName, String mediaType,
                     long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
        this.reportId = reportId;
        this.fieldKey = fieldKey;
        this.originalName = originalName;
        this.storedName = storedName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void delete(Instant when, String by) {
        this.deletedAt = when;
        this.deletedBy = by;
    }

    @Override
    public Long getId() {
        return java.util.Objects.requireNonNull(id, "not saved yet");
    }

    long getReportId() {
        return reportId;
    }

    String getFieldKey() {
        return fieldKey;
    }

    @Override
    public String getOriginalName() {
        return originalName;
    }

    String getStoredName() {
        return storedName;
    }

    String getMediaType() {
        return mediaType;
    }

    @Override
    public long getSizeBytes() {
        return sizeBytes;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }
}

package org.ticportal.core.evaluation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.StoredFileInfo;

/**
 * A file of an evaluation: evidence of the self-assessment (attached to a field of the policy's self-evaluation form
 * when it has one), or of the rectification report.
 */
@Entity
@Table(name = "evaluation_file")
class EvaluationFile implements StoredFileInfo {

    /** What a file is for. */
    enum Kind { EVIDENCE, RECTIFICATION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "evaluation_id", nullable = false, updatable = false)
    private long evaluationId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind = Kind.EVIDENCE;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName = "";

    @Column(nullable = false, updatable = false)
    private String stored = "";

    @Column(nullable = false, updatable = false)
    private String sha256 = "";

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt = Instant.EPOCH;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy = "";

    @Column(name = "field_key", updatable = false)
    private @Nullable String fieldKey;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "deleted_by")
    private @Nullable String deletedBy;

    protected EvaluationFile() {
    }

    EvaluationFile(long evaluationId, Kind kind, String fileName, String stored, String sha256, long size,
                   Instant uploadedAt, String uploadedBy) {
        this.evaluationId = evaluationId;
        this.kind = kind;
        this.fileName = fileName;
        this.stored = stored;
        this.sha256 = sha256;
        this.size = size;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    /** A file attached to a field of the self-evaluation form. */
    static EvaluationFile ofField(long evaluationId, String fieldKey, String fileName, String stored, String sha256,
                                  long size, Instant uploadedAt, String uploadedBy) {
        EvaluationFile f = new EvaluationFile(evaluationId, Kind.EVIDENCE, fileName, stored, sha256, size, uploadedAt,
                uploadedBy);
        f.fieldKey = fieldKey;
        return f;
    }

    /** Removed from its field while the self-assessment was open; kept for the history. */
    void delete(Instant at, String by) {
        this.deletedAt = at;
        this.deletedBy = by;
    }

    @Override
    public Long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    @Override
    public String getOriginalName() {
        return fileName;
    }

    @Override
    public long getSizeBytes() {
        return size;
    }

    @Nullable String getFieldKey() {
        return fieldKey;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    long getEvaluationId() {
        return evaluationId;
    }

    Kind getKind() {
        return kind;
    }

    String getFileName() {
        return fileName;
    }

    String getStored() {
        return stored;
    }

    long getSize() {
        return size;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }

    String getUploadedBy() {
        return uploadedBy;
    }
}

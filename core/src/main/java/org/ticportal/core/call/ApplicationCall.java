package org.ticportal.core.call;

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
 * A call for applications (申报批次) the authority opened for the policy its jurisdiction uses: applications filed in it
 * are submitted between its open and close times, and each recommending body recommends at most its quota.
 */
@Entity
@Table(name = "application_call")
public class ApplicationCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "policy_id", nullable = false, length = 64, updatable = false)
    private String policyId;

    @Column(name = "jurisdiction_code", nullable = false, length = 16, updatable = false)
    private String jurisdictionCode;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "quotas_json", columnDefinition = "longtext")
    private @Nullable String quotasJson;

    @Column(name = "document_name", length = 255)
    private @Nullable String documentName;

    @Column(name = "document_stored", length = 255)
    private @Nullable String documentStored;

    @Column(name = "document_size")
    private @Nullable Long documentSize;

    @Column(name = "document_sha256", length = 64)
    private @Nullable String documentSha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected ApplicationCall() {
    }

    ApplicationCall(String policyId, String jurisdictionCode, Instant now, String actor) {
        this.policyId = policyId;
        this.jurisdictionCode = jurisdictionCode;
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    void set(String title, Instant opensAt, Instant closesAt, @Nullable String quotasJson, Instant now, String actor) {
        this.title = title;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.quotasJson = quotasJson;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    void document(String name, String stored, long size, String sha256, Instant now, String actor) {
        this.documentName = name;
        this.documentStored = stored;
        this.documentSize = size;
        this.documentSha256 = sha256;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getPolicyId() {
        return policyId;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public String getTitle() {
        return title;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    @Nullable String getQuotasJson() {
        return quotasJson;
    }

    public @Nullable String getDocumentName() {
        return documentName;
    }

    @Nullable String getDocumentStored() {
        return documentStored;
    }

    public @Nullable Long getDocumentSize() {
        return documentSize;
    }

    public @Nullable String getDocumentSha256() {
        return documentSha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}

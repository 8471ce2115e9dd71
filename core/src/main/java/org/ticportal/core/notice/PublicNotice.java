package org.ticportal.core.notice;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A public notice (认定公示) of a jurisdiction: drafted with a title, the contact for objections and its entries;
 * published with its period counted in working days from the publication day (the policy's notice rules), its DOCX and
 * PDF stored; ended once its period is over.
 */
@Entity
@Table(name = "public_notice")
public class PublicNotice {

    /** Where a notice is. */
    public enum State {
        /** Being built; not public. */
        DRAFT,
        /** On the public page; objections are accepted until the period ends. */
        PUBLISHED,
        /** Its period is over (shown so once its last day has passed; not stored). */
        ENDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "jurisdiction_code", nullable = false, length = 16, updatable = false)
    private String jurisdictionCode;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "contact_phone", nullable = false, length = 100)
    private String contactPhone;

    @Column(name = "contact_address", nullable = false, length = 300)
    private String contactAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "period_start")
    private @Nullable LocalDate periodStart;

    @Column(name = "period_end")
    private @Nullable LocalDate periodEnd;

    @Column(nullable = false)
    private boolean provisional;

    @Column(name = "pdf_stored", length = 255)
    private @Nullable String pdfStored;

    @Column(name = "docx_stored", length = 255)
    private @Nullable String docxStored;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "published_by", length = 64)
    private @Nullable String publishedBy;

    protected PublicNotice() {
    }

    PublicNotice(String jurisdictionCode, String title, String contactPhone, String contactAddress, Instant now,
                 String actor) {
        this.jurisdictionCode = jurisdictionCode;
        this.title = title;
        this.contactPhone = contactPhone;
        this.contactAddress = contactAddress;
        this.state = State.DRAFT;
        this.createdAt = now;
        this.createdBy = actor;
    }

    void published(LocalDate start, LocalDate end, boolean isProvisional, String pdf, String docx, Instant now,
                   String actor) {
        this.periodStart = start;
        this.periodEnd = end;
        this.provisional = isProvisional;
        this.pdfStored = pdf;
        this.docxStored = docx;
        this.state = State.PUBLISHED;
        this.publishedAt = now;
        this.publishedBy = actor;
    }

    /**
     * Whether objections are accepted on the day: published, and its period not over (from the publication, even when
     * the period's first working day is later: a notice published on a Sunday is read, and objected to, at once).
     */
    boolean open(LocalDate day) {
        return state == State.PUBLISHED && periodEnd != null && !day.isAfter(periodEnd);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public String getTitle() {
        return title;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactAddress() {
        return contactAddress;
    }

    public State getState() {
        return state;
    }

    public @Nullable LocalDate getPeriodStart() {
        return periodStart;
    }

    public @Nullable LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public boolean isProvisional() {
        return provisional;
    }

    @Nullable String getPdfStored() {
        return pdfStored;
    }

    @Nullable String getDocxStored() {
        return docxStored;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }
}

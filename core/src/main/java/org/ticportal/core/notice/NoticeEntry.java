package org.ticportal.core.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One center on a notice: the application, the official name the policy's naming rule gives it, its lead unit. */
@Entity
@Table(name = "public_notice_entry")
public class NoticeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id", nullable = false, updatable = false)
    private PublicNotice notice;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(nullable = false)
    private int position;

    @Column(name = "reference_no", nullable = false, length = 64)
    private String referenceNo;

    @Column(name = "center_name", nullable = false, length = 200)
    private String centerName;

    @Column(name = "lead_unit", nullable = false, length = 200)
    private String leadUnit;

    protected NoticeEntry() {
    }

    NoticeEntry(PublicNotice notice, long applicationId, int position, String referenceNo, String centerName,
                String leadUnit) {
        this.notice = notice;
        this.applicationId = applicationId;
        this.position = position;
        this.referenceNo = referenceNo;
        this.centerName = centerName;
        this.leadUnit = leadUnit;
    }

    public Long getId() {
        return id;
    }

    PublicNotice getNotice() {
        return notice;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public int getPosition() {
        return position;
    }

    public String getReferenceNo() {
        return referenceNo;
    }

    public String getCenterName() {
        return centerName;
    }

    public String getLeadUnit() {
        return leadUnit;
    }
}

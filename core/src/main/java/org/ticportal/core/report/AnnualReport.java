package org.ticportal.core.report;

import java.time.Instant;

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
import org.ticportal.core.center.CenterFacts;
import org.ticportal.core.plugin.PolicyPin;

/**
 * A center's report for one year (table {@code annual_report}), on the form its policy ships; the center's scope is
 * copied from the center when the report is started.
 */
@Entity
@Table(name = "annual_report")
class AnnualReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "center_id", nullable = false, updatable = false)
    private long centerId;

    @Column(name = "center_name", nullable = false, length = 200)
    private String centerName;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "recommending_body_code", nullable = false, length = 16, updatable = false)
    private String recommendingBodyCode;

    @Column(name = "jurisdiction_code", nullable = false, length = 16, updatable = false)
    private String jurisdictionCode;

    @Column(name = "policy_id", nullable = false, length = 64, updatable = false)
    private String policyId;

    @Column(name = "plugin_id", nullable = false, length = 64, updatable = false)
    private String pluginId;

    @Column(name = "plugin_version", nullable = false, length = 32, updatable = false)
    private String pluginVersion;

    @Column(name = "form_version_id", updatable = false)
    private @Nullable Long formVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportState state;

    @Column(name = "form_values", nullable = false, columnDefinition = "LONGTEXT")
    private String values;

    @Column(name = "returned_reason", length = 2000)
    private @Nullable String returnedReason;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "submitted_by", length = 64)
    private @Nullable String submittedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AnnualReport() {
        this.centerName = "";
        this.recommendingBodyCode = "";
        this.jurisdictionCode = "";
        this.policyId = "";
        this.pluginId = "";
        this.pluginVersion = "";
        this.state = ReportState.DRAFT;
        this.values = "{}";
        this.createdAt = Instant.EPOCH;
        this.createdBy = "";
        this.updatedAt = Instant.EPOCH;
    }

    AnnualReport(CenterFacts center, int year, PolicyPin pin, @Nullable Long formVersionId, String createdBy,
                 Instant now) {
        this.centerId = center.id();
        this.centerName = center.name();
        this.year = year;
        this.unitId = center.unitId();
        this.recommendingBodyCode = center.recommendingBodyCode();
        this.jurisdictionCode = center.jurisdictionCode();
        this.policyId = pin.policyId();
        this.pluginId = pin.pluginId();
        this.pluginVersion = pin.pluginVersion();
        this.formVersionId = formVersionId;
        this.state = ReportState.DRAFT;
        this.values = "{}";
        this.createdAt = now;
        this.createdBy = createdBy;
        this.updatedAt = now;
    }

    void write(String json, Instant now) {
        this.values = json;
        this.updatedAt = now;
    }

    void submit(String json, String by, Instant now) {
        this.values = json;
        this.state = ReportState.SUBMITTED;
        this.submittedAt = now;
        this.submittedBy = by;
        this.returnedReason = null;
        this.updatedAt = now;
    }

    void giveBack(String reason, Instant now) {
        this.state = ReportState.RETURNED;
        this.returnedReason = reason;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    PolicyPin pin() {
        return new PolicyPin(policyId, pluginId, pluginVersion);
    }

    Long getId() {
        return java.util.Objects.requireNonNull(id, "not saved yet");
    }

    long getVersion() {
        return version;
    }

    long getCenterId() {
        return centerId;
    }

    String getCenterName() {
        return centerName;
    }

    int getYear() {
        return year;
    }

    long getUnitId() {
        return unitId;
    }

    String getRecommendingBodyCode() {
        return recommendingBodyCode;
    }

    String getJurisdictionCode() {
        return jurisdictionCode;
    }

    @Nullable Long getFormVersionId() {
        return formVersionId;
    }

    ReportState getState() {
        return state;
    }

    String getValues() {
        return values;
    }

    @Nullable String getReturnedReason() {
        return returnedReason;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    @Nullable String getSubmittedBy() {
        return submittedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}

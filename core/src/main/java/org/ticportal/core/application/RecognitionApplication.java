package org.ticportal.core.application;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.unit.Unit;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * An application for recognition as a Technology Innovation Center (技术创新中心认定申请), pinned to the policy and plugin
 * version it was filed under. Its form values are stored as JSON under the form's field keys.
 */
@Entity
@Table(name = "recognition_application")
public class RecognitionApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "reference_no", nullable = false, length = 100)
    private String referenceNo;

    @Column(name = "policy_id", nullable = false, length = 64)
    private String policyId;

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(name = "plugin_version", nullable = false, length = 64)
    private String pluginVersion;

    @Column(name = "jurisdiction_code", nullable = false, length = 16)
    private String jurisdictionCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    @Column(name = "recommending_body_code", nullable = false, length = 32)
    private String recommendingBodyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubmissionChannel channel;

    @Column(nullable = false, length = 64)
    private String stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage_kind", nullable = false, length = 32)
    private StageKind stageKind;

    @Column(name = "stage_entered_at", nullable = false)
    private Instant stageEnteredAt;

    @Column(name = "stage_due")
    private @Nullable LocalDate stageDue;

    /**
     * The last day of a stage the policy limits in months ({@code Stage.maxDurationMonths}), or {@code null}; once it
     * has passed the portal takes the stage's timeout transition, if the policy names one.
     */
    @Column(name = "stage_expires")
    private @Nullable LocalDate stageExpires;

    @Column(nullable = false)
    private boolean closed;

    @Column(name = "core_name", length = 100)
    private @Nullable String coreName;

    @Column(name = "full_name", length = 200)
    private @Nullable String fullName;

    @Column(name = "center_type", length = 64)
    private @Nullable String centerType;

    @Column(name = "director_key", length = 64)
    private @Nullable String directorKey;

    @Embedded
    private FiledForm form;

    /**
     * Its public notice: the days it runs and whether a published notice lists it, false from its entry into a notice
     * stage until the bureau publishes one (art. 9(3)); only a published notice's end lets the portal close it.
     */
    @Embedded
    private NoticeTerm notice = NoticeTerm.NONE;

    @Column(name = "filed_year")
    private @Nullable Integer filedYear;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    /**
     * Whether it waits in a stage of the applicant unit's own (the unit administrator's approval, 申报单位管理员审核):
     * it has not left the unit, so its recommending body and the bureau do not see it.
     */
    @Column(name = "with_unit", nullable = false)
    private boolean withUnit;

    /** The call for applications it was filed in; {@code null}: filed outside calls (rolling filing). */
    @Column(name = "call_id", updatable = false)
    private @Nullable Long callId;

    /** When its recommending body first recommended it (counts against the body's quota in the call). */
    @Column(name = "recommended_at")
    private @Nullable Instant recommendedAt;

    /**
     * The policy's conversion source when it is a conversion (art. 16 of the Xinzhou measures: an older platform such
     * as a 市工程技术研究中心 applying to convert), with the engineering center of the registry it converts.
     */
    @Embedded
    private @Nullable ConversionOrigin conversion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RecognitionApplication() {
    }

    RecognitionApplication(String referenceNo, PolicyPin pin, String jurisdictionCode, Unit unit,
                           String recommendingBodyCode, SubmissionChannel channel, String stage, StageKind stageKind,
                           String formCode, @Nullable Long formVersionId, Instant now, String createdBy) {
        this.referenceNo = referenceNo;
        pinTo(pin);
        this.jurisdictionCode = jurisdictionCode;
        this.unit = unit;
        this.recommendingBodyCode = recommendingBodyCode;
        this.channel = channel;
        this.stage = stage;
        this.stageKind = stageKind;
        this.stageEnteredAt = now;
        this.form = FiledForm.blank(formCode, formVersionId);
        this.createdAt = now;
        this.createdBy = createdBy;
        this.updatedAt = now;
    }

    void pinTo(PolicyPin pin) {
        this.policyId = pin.policyId();
        this.pluginId = pin.pluginId();
        this.pluginVersion = pin.pluginVersion();
    }

    /** Marks it, on filing, as the conversion of an engineering center from the policy's conversion source. */
    void convertFrom(String sourceCode, long engineeringCenter) {
        this.conversion = new ConversionOrigin(sourceCode, engineeringCenter);
    }

    /** The policy's conversion source, when it is a conversion. */
    public @Nullable String getConversionSource() {
        return conversion == null ? null : conversion.sourceCode();
    }

    /** The engineering center of the registry it converts, when it is a conversion. */
    public @Nullable Long getEngineeringCenterId() {
        return conversion == null ? null : conversion.engineeringCenterId();
    }

    void fileInCall(@Nullable Long call) {
        this.callId = call;
    }

    void recommended(Instant at) {
        if (recommendedAt == null) {
            this.recommendedAt = at;
        }
    }

    public @Nullable Long getCallId() {
        return callId;
    }

    void setReferenceNo(String referenceNo) {
        this.referenceNo = referenceNo;
    }

    void enter(String stage, StageKind kind, boolean isFinal, Instant now, @Nullable LocalDate due) {
        this.stage = stage;
        this.stageKind = kind;
        this.closed = isFinal;
        this.stageEnteredAt = now;
        this.stageDue = due;
        this.stageExpires = null;
        this.updatedAt = now;
    }

    /** The stage it just entered lasts until the day given (inclusive). */
    void expiresOn(@Nullable LocalDate lastDay) {
        this.stageExpires = lastDay;
    }

    void setData(String json, @Nullable String coreName, @Nullable String fullName, @Nullable String centerType,
                 @Nullable String directorKey, Instant now) {
        this.form = form.withData(json);
        this.coreName = coreName;
        this.fullName = fullName;
        this.centerType = centerType;
        this.directorKey = directorKey;
        this.updatedAt = now;
    }

    void setExplanationsJson(@Nullable String json) {
        this.form = form.withExplanations(json);
    }

    void submitted(Instant at, int year) {
        if (submittedAt == null) {
            this.submittedAt = at;
            this.filedYear = year;
        }
    }

    void withUnit(boolean withUnit) {
        this.withUnit = withUnit;
    }

    /** Whether it waits for its unit's administrator: it has not left the unit. */
    public boolean isWithUnit() {
        return withUnit;
    }

    void noticeRuns(LocalDate start, LocalDate end, boolean provisional) {
        this.notice = notice.runs(start, end, provisional);
    }

    /** Its notice waits for the bureau's publication: entered a notice stage, on no published notice yet. */
    void noticeAwaitsPublication() {
        this.notice = notice.withPublished(false);
    }

    /** A published notice lists it: its notice runs in public. */
    void noticePublished() {
        this.notice = notice.withPublished(true);
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getReferenceNo() {
        return referenceNo;
    }

    public PolicyPin getPin() {
        return new PolicyPin(policyId, pluginId, pluginVersion);
    }

    public String getPolicyId() {
        return policyId;
    }

    public String getPluginVersion() {
        return pluginVersion;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getRecommendingBodyCode() {
        return recommendingBodyCode;
    }

    public SubmissionChannel getChannel() {
        return channel;
    }

    public String getStage() {
        return stage;
    }

    public StageKind getStageKind() {
        return stageKind;
    }

    public Instant getStageEnteredAt() {
        return stageEnteredAt;
    }

    public @Nullable LocalDate getStageDue() {
        return stageDue;
    }

    /** The last day of its stage's duration in months, or {@code null} when the stage is not so limited. */
    public @Nullable LocalDate getStageExpires() {
        return stageExpires;
    }

    public boolean isClosed() {
        return closed;
    }

    public @Nullable String getCoreName() {
        return coreName;
    }

    public @Nullable String getFullName() {
        return fullName;
    }

    public @Nullable String getCenterType() {
        return centerType;
    }

    public @Nullable String getDirectorKey() {
        return directorKey;
    }

    public String getFormCode() {
        return form.code();
    }

    public @Nullable Long getFormVersionId() {
        return form.versionId();
    }

    /** Moves the case to another version of its form (its data already cleaned for that version). */
    void moveToForm(@Nullable Long versionId, String cleanedDataJson, Instant now) {
        this.form = form.movedTo(versionId, cleanedDataJson);
        this.updatedAt = now;
    }

    String getDataJson() {
        return form.dataJson();
    }

    @Nullable String getExplanationsJson() {
        return form.explanationsJson();
    }

    /** Its public notice (see {@link #noticePublished()}); {@link NoticeTerm#NONE} before it had one. */
    NoticeTerm getNotice() {
        return notice;
    }

    public @Nullable Integer getFiledYear() {
        return filedYear;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
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
}

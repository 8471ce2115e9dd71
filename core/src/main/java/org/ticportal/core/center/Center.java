package org.ticportal.core.center;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.plugin.PolicyPin;

/** A recognised center (技术创新中心): created with the step that recognised its application. */
@Entity
@Table(name = "center")
class Center {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "core_name", nullable = false, length = 100)
    private String coreName;

    @Column(name = "policy_id", nullable = false, length = 64, updatable = false)
    private String policyId;

    @Column(name = "plugin_id", nullable = false, length = 64, updatable = false)
    private String pluginId;

    @Column(name = "plugin_version", nullable = false, length = 32, updatable = false)
    private String pluginVersion;

    @Column(name = "jurisdiction_code", nullable = false, length = 16, updatable = false)
    private String jurisdictionCode;

    @Column(name = "recommending_body_code", nullable = false, length = 16)
    private String recommendingBodyCode;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "lead_unit_name", nullable = false, length = 200)
    private String leadUnitName;

    @Column(name = "type_code", length = 64)
    private @Nullable String typeCode;

    @Column(name = "type_name_zh", length = 200)
    private @Nullable String typeNameZh;

    @Column(name = "type_name_en", length = 200)
    private @Nullable String typeNameEn;

    @Column(name = "cluster_code", length = 64)
    private @Nullable String clusterCode;

    @Column(name = "cluster_name_zh", length = 200)
    private @Nullable String clusterNameZh;

    @Column(name = "cluster_name_en", length = 200)
    private @Nullable String clusterNameEn;

    @Column(name = "co_builders", length = 2000)
    private @Nullable String coBuilders;

    @Column(name = "decision_number", nullable = false, length = 100, updatable = false)
    private String decisionNumber;

    @Column(name = "decision_year", nullable = false, updatable = false)
    private int decisionYear;

    @Column(name = "decision_seq", nullable = false, updatable = false)
    private int decisionSeq;

    @Column(name = "recognized_on", nullable = false, updatable = false)
    private LocalDate recognizedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CenterStatus status;

    /** The number of the profile version in force (0 until recognition has written version 1). */
    @Column(name = "profile_version", nullable = false)
    private int profileVersion;

    /** 运行良好、成绩突出 after its last evaluation (art. 14): priority support. */
    @Column(nullable = false)
    private boolean outstanding;

    /** To be recommended to the next level (art. 14: 优先推荐申报省级技术创新中心). */
    @Column(name = "recommended_upward", nullable = false)
    private boolean recommendedUpward;

    @Column(name = "last_evaluated_on")
    private @Nullable LocalDate lastEvaluatedOn;

    @Column(name = "last_grade_zh", length = 100)
    private @Nullable String lastGradeZh;

    @Column(name = "last_grade_en", length = 100)
    private @Nullable String lastGradeEn;

    /** An evaluation of the center is running (it is in a round and not yet decided). */
    @Column(name = "evaluation_open", nullable = false)
    private boolean evaluationOpen;

    /** The end of the rectification period while the center rectifies. */
    @Column(name = "rectify_due")
    private @Nullable LocalDate rectifyDue;

    @Embedded
    private @Nullable RecognitionFiles files = RecognitionFiles.NONE;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    protected Center() {
        name = coreName = policyId = pluginId = pluginVersion = jurisdictionCode = recommendingBodyCode = "";
        leadUnitName = decisionNumber = createdBy = "";
        recognizedOn = LocalDate.EPOCH;
        status = CenterStatus.ACTIVE;
        createdAt = Instant.EPOCH;
    }

    Center(CenterDraft d, CenterNumber number, Instant createdAt, String createdBy) {
        this.applicationId = d.applicationId();
        this.name = d.name();
        this.coreName = d.coreName();
        this.policyId = d.pin().policyId();
        this.pluginId = d.pin().pluginId();
        this.pluginVersion = d.pin().pluginVersion();
        this.jurisdictionCode = d.jurisdictionCode();
        this.recommendingBodyCode = d.recommendingBodyCode();
        this.unitId = d.unitId();
        this.leadUnitName = d.leadUnitName();
        this.typeCode = d.typeCode();
        this.typeNameZh = d.typeName() == null ? null : d.typeName().zh();
        this.typeNameEn = d.typeName() == null ? null : d.typeName().en();
        this.clusterCode = d.clusterCode();
        this.clusterNameZh = d.clusterName() == null ? null : d.clusterName().zh();
        this.clusterNameEn = d.clusterName() == null ? null : d.clusterName().en();
        this.coBuilders = joined(d.coBuilders());
        this.decisionNumber = number.text();
        this.decisionYear = number.year();
        this.decisionSeq = number.sequence();
        this.recognizedOn = d.recognizedOn();
        this.status = d.provisional() ? CenterStatus.PROVISIONAL : CenterStatus.ACTIVE;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** An evaluation round takes the center. */
    void evaluationOpened() {
        if (status == CenterStatus.REVOKED) {
            throw new IllegalStateException("a revoked center is not evaluated");
        }
        this.evaluationOpen = true;
    }

    /**
     * The evaluation's outcome takes effect (art. 14): retain keeps (or makes) the center active, rectify orders a
     * rectification until {@code rectifyUntil}, revoke revokes it, confirm makes a provisional center active.
     */
    void evaluated(org.ticportal.policy.api.evaluation.Outcome outcome, boolean flagOutstanding, boolean upward,
                   LocalDate on, org.ticportal.policy.api.LocalizedText grade, @Nullable LocalDate rectifyUntil) {
        if (status == CenterStatus.REVOKED) {
            throw new IllegalStateException("the center is revoked");
        }
        this.evaluationOpen = false;
        this.lastEvaluatedOn = on;
        this.lastGradeZh = grade.zh();
        this.lastGradeEn = grade.en();
        switch (outcome) {
            case RETAIN, CONFIRM -> {
                this.status = CenterStatus.ACTIVE;
                this.outstanding = flagOutstanding;
                this.recommendedUpward = upward;
                this.rectifyDue = null;
            }
            case RECTIFY -> {
                if (rectifyUntil == null) {
                    throw new IllegalArgumentException("a rectification has a deadline");
                }
                this.status = CenterStatus.RECTIFYING;
                this.outstanding = false;
                this.recommendedUpward = false;
                this.rectifyDue = rectifyUntil;
            }
            case REVOKE -> revoke();
        }
    }

    /** The bureau's re-check after a rectification: active again, or revoked. */
    void rechecked(boolean passed) {
        if (status != CenterStatus.RECTIFYING) {
            throw new IllegalStateException("the center is not rectifying");
        }
        if (passed) {
            this.status = CenterStatus.ACTIVE;
            this.rectifyDue = null;
        } else {
            revoke();
        }
    }

    private void revoke() {
        this.status = CenterStatus.REVOKED;
        this.outstanding = false;
        this.recommendedUpward = false;
        this.rectifyDue = null;
        this.evaluationOpen = false;
    }

    boolean isOutstanding() {
        return outstanding;
    }

    boolean isRecommendedUpward() {
        return recommendedUpward;
    }

    @Nullable LocalDate getLastEvaluatedOn() {
        return lastEvaluatedOn;
    }

    @Nullable String getLastGradeZh() {
        return lastGradeZh;
    }

    @Nullable String getLastGradeEn() {
        return lastGradeEn;
    }

    boolean isEvaluationOpen() {
        return evaluationOpen;
    }

    @Nullable LocalDate getRectifyDue() {
        return rectifyDue;
    }

    /**
     * Takes a new profile version as the center's current profile: the register and the page show the current type,
     * lead unit, co-builders and cluster, and the scope follows the lead unit and the supervising body. The name, the
     * number and the decision stay: a center keeps one identity for life.
     */
    void profile(int versionNo, CenterProfileDraft p) {
        if (versionNo != profileVersion + 1) {
            throw new IllegalStateException("profile version " + versionNo + " does not follow " + profileVersion);
        }
        this.profileVersion = versionNo;
        this.unitId = p.leadUnitId();
        this.leadUnitName = p.leadUnitName();
        this.typeCode = p.typeCode();
        this.typeNameZh = p.typeName() == null ? null : p.typeName().zh();
        this.typeNameEn = p.typeName() == null ? null : p.typeName().en();
        this.clusterCode = p.clusterCode();
        this.clusterNameZh = p.clusterName() == null ? null : p.clusterName().zh();
        this.clusterNameEn = p.clusterName() == null ? null : p.clusterName().en();
        this.coBuilders = joined(p.coBuilders().stream().map(CoBuilder::name).toList());
        if (p.supervisingBodyCode() != null) {
            this.recommendingBodyCode = p.supervisingBodyCode();
        }
    }

    /**
     * Gives the center a new name (art. 15 of the Xinzhou measures: an approved rename); its number, decision and
     * identity stay.
     */
    void rename(String newName, String newCoreName) {
        if (newName.isBlank() || newCoreName.isBlank()) {
            throw new IllegalArgumentException("a center needs a name");
        }
        this.name = newName;
        this.coreName = newCoreName;
    }

    private static @Nullable String joined(java.util.List<String> names) {
        return names.isEmpty() ? null
                : String.join(org.ticportal.core.common.CoreMessages.text("center.coBuilders.separator").zh(), names);
    }

    int getProfileVersion() {
        return profileVersion;
    }

    void documents(String decision, String decisionSha, String certificate, String certificateSha) {
        this.files = new RecognitionFiles(decision, decisionSha, certificate, certificateSha);
    }

    Long getId() {
        if (id == null) {
            throw new IllegalStateException("the center is not saved");
        }
        return id;
    }

    long getVersion() {
        return version;
    }

    long getApplicationId() {
        return applicationId;
    }

    String getName() {
        return name;
    }

    String getCoreName() {
        return coreName;
    }

    PolicyPin getPin() {
        return new PolicyPin(policyId, pluginId, pluginVersion);
    }

    String getJurisdictionCode() {
        return jurisdictionCode;
    }

    String getRecommendingBodyCode() {
        return recommendingBodyCode;
    }

    long getUnitId() {
        return unitId;
    }

    String getLeadUnitName() {
        return leadUnitName;
    }

    @Nullable String getTypeNameZh() {
        return typeNameZh;
    }

    @Nullable String getTypeNameEn() {
        return typeNameEn;
    }

    @Nullable String getClusterNameZh() {
        return clusterNameZh;
    }

    @Nullable String getClusterNameEn() {
        return clusterNameEn;
    }

    @Nullable String getCoBuilders() {
        return coBuilders;
    }

    String getDecisionNumber() {
        return decisionNumber;
    }

    int getDecisionYear() {
        return decisionYear;
    }

    int getDecisionSeq() {
        return decisionSeq;
    }

    LocalDate getRecognizedOn() {
        return recognizedOn;
    }

    CenterStatus getStatus() {
        return status;
    }

    /** Its generated recognition documents; {@link RecognitionFiles#NONE} before they were written. */
    RecognitionFiles getFiles() {
        return RecognitionFiles.orNone(files);
    }
}

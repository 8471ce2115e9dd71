package org.ticportal.core.change;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Actor;

/** A center's change request (table {@code change_request}). */
@Entity
@Table(name = "change_request")
class ChangeRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "center_id", nullable = false, updatable = false)
    private long centerId;

    @Column(name = "center_name", nullable = false, length = 200, updatable = false)
    private String centerName;

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

    @Column(name = "type_code", nullable = false, length = 64, updatable = false)
    private String typeCode;

    @Column(name = "type_name_zh", nullable = false, length = 200, updatable = false)
    private String typeNameZh;

    @Column(name = "type_name_en", nullable = false, length = 200, updatable = false)
    private String typeNameEn;

    @Column(name = "approval_chain", nullable = false, length = 200, updatable = false)
    private String approvalChain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChangeRequestState state;

    @Column(name = "step_no", nullable = false)
    private int stepNo;

    @Column(name = "base_version_no", nullable = false)
    private int baseVersionNo;

    @Column(name = "proposed_json", nullable = false, columnDefinition = "LONGTEXT")
    private String proposedJson;

    @Column(name = "proposed_name", length = 200)
    private @Nullable String proposedName;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "letter_stored", nullable = false, length = 255)
    private String letterStored;

    @Column(name = "letter_name", nullable = false, length = 255)
    private String letterName;

    @Column(name = "result_version_no")
    private @Nullable Integer resultVersionNo;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChangeRequest() {
        centerName = recommendingBodyCode = jurisdictionCode = policyId = pluginId = pluginVersion = "";
        typeCode = typeNameZh = typeNameEn = approvalChain = reason = letterStored = letterName = createdBy = "";
        proposedJson = "{}";
        state = ChangeRequestState.REVIEWING;
        createdAt = updatedAt = Instant.EPOCH;
    }

    ChangeRequest(long centerId, String centerName, long unitId, String recommendingBodyCode, String jurisdictionCode,
                  PolicyPin pin, String typeCode, LocalizedText typeName, List<Actor> chain, int baseVersionNo,
                  String proposedJson, @Nullable String proposedName, String reason, String letterStored,
                  String letterName, String createdBy, Instant now) {
        this.centerId = centerId;
        this.centerName = centerName;
        this.unitId = unitId;
        this.recommendingBodyCode = recommendingBodyCode;
        this.jurisdictionCode = jurisdictionCode;
        this.policyId = pin.policyId();
        this.pluginId = pin.pluginId();
        this.pluginVersion = pin.pluginVersion();
        this.typeCode = typeCode;
        this.typeNameZh = typeName.zh();
        this.typeNameEn = typeName.en();
        this.approvalChain = String.join(",", chain.stream().map(Actor::name).toList());
        this.state = ChangeRequestState.REVIEWING;
        this.stepNo = 0;
        this.baseVersionNo = baseVersionNo;
        this.proposedJson = proposedJson;
        this.proposedName = proposedName;
        this.reason = reason;
        this.letterStored = letterStored;
        this.letterName = letterName;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The lead unit files the request again after a return, with revised values and letter; the chain starts over. */
    void resubmit(int baseVersionNo, String proposedJson, @Nullable String proposedName, String reason,
                  String letterStored, String letterName, Instant now) {
        if (state != ChangeRequestState.RETURNED) {
            throw new IllegalStateException("only a returned request is filed again");
        }
        this.baseVersionNo = baseVersionNo;
        this.proposedJson = proposedJson;
        this.proposedName = proposedName;
        this.reason = reason;
        this.letterStored = letterStored;
        this.letterName = letterName;
        this.state = ChangeRequestState.REVIEWING;
        this.stepNo = 0;
        this.updatedAt = now;
    }

    /** Moves on to the next step of the chain, or ends the request. */
    void move(ChangeRequestState next, int nextStep, @Nullable Integer resultVersion, Instant now) {
        this.state = next;
        this.stepNo = nextStep;
        this.resultVersionNo = resultVersion;
        this.updatedAt = now;
    }

    /** The actor the request waits for, {@code null} when it waits for none of the chain. */
    @Nullable Actor currentActor() {
        return state == ChangeRequestState.REVIEWING ? chain().get(stepNo) : null;
    }

    boolean atLastStep() {
        return stepNo == chain().size() - 1;
    }

    List<Actor> chain() {
        return Arrays.stream(approvalChain.split(",")).map(Actor::valueOf).toList();
    }

    Long getId() {
        if (id == null) {
            throw new IllegalStateException("the request is not saved");
        }
        return id;
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

    long getUnitId() {
        return unitId;
    }

    String getRecommendingBodyCode() {
        return recommendingBodyCode;
    }

    String getJurisdictionCode() {
        return jurisdictionCode;
    }

    PolicyPin getPin() {
        return new PolicyPin(policyId, pluginId, pluginVersion);
    }

    String getTypeCode() {
        return typeCode;
    }

    LocalizedText getTypeName() {
        return new LocalizedText(typeNameZh, typeNameEn);
    }

    ChangeRequestState getState() {
        return state;
    }

    int getStepNo() {
        return stepNo;
    }

    int getBaseVersionNo() {
        return baseVersionNo;
    }

    String getProposedJson() {
        return proposedJson;
    }

    @Nullable String getProposedName() {
        return proposedName;
    }

    String getReason() {
        return reason;
    }

    String getLetterStored() {
        return letterStored;
    }

    String getLetterName() {
        return letterName;
    }

    @Nullable Integer getResultVersionNo() {
        return resultVersionNo;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}

package org.ticportal.core.policy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The policy a jurisdiction's new applications and calls are filed under, as an administrator chose it. */
@Entity
@Table(name = "policy_assignment")
class PolicyAssignment {

    @Id
    @Column(name = "jurisdiction_code", length = 16)
    private String jurisdictionCode;

    @Version
    private long version;

    @Column(name = "policy_id", nullable = false, length = 64)
    private String policyId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected PolicyAssignment() {
    }

    PolicyAssignment(String jurisdictionCode, String policyId, Instant at, String by) {
        this.jurisdictionCode = jurisdictionCode;
        assign(policyId, at, by);
    }

    void assign(String policyId, Instant at, String by) {
        this.policyId = policyId;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    String getJurisdictionCode() {
        return jurisdictionCode;
    }

    String getPolicyId() {
        return policyId;
    }

    long getVersion() {
        return version;
    }
}

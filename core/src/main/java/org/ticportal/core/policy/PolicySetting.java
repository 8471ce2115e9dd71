package org.ticportal.core.policy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A value an administrator set for one of a policy's settings. */
@Entity
@Table(name = "policy_setting")
class PolicySetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "policy_id", nullable = false, length = 64)
    private String policyId;

    @Column(name = "setting_key", nullable = false, length = 100)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 1000)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected PolicySetting() {
    }

    PolicySetting(String policyId, String key, String value, Instant at, String by) {
        this.policyId = policyId;
        this.key = key;
        set(value, at, by);
    }

    void set(String value, Instant at, String by) {
        this.value = value;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    String getKey() {
        return key;
    }

    String getValue() {
        return value;
    }

    long getVersion() {
        return version;
    }
}

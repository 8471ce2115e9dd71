package org.ticportal.core.application;

import java.time.Instant;
import java.util.Objects;

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
import org.ticportal.policy.api.procedure.Actor;

/**
 * A reviewer's latest mark on one checklist item (核查清单) of an application: the rule the portal cannot decide is
 * verified, or not, with a note, by whom and when. Earlier marks are kept in the application's history.
 */
@Entity
@Table(name = "rule_verification")
public class RuleVerification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "rule_id", nullable = false, updatable = false, length = 64)
    private String ruleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_actor", nullable = false, length = 32)
    private Actor owner;

    @Column(nullable = false)
    private boolean verified;

    @Column(length = 1000)
    private @Nullable String note;

    @Column(name = "verified_by", nullable = false, length = 64)
    private String verifiedBy;

    @Column(name = "verifier_role", nullable = false, length = 16)
    private String verifierRole;

    @Column(name = "verified_at", nullable = false)
    private Instant verifiedAt;

    @Version
    private long version;

    protected RuleVerification() {
    }

    RuleVerification(long applicationId, String ruleId) {
        this.applicationId = applicationId;
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    }

    /** Records the reviewer's mark, replacing the one before. */
    void mark(Actor owner, boolean verified, @Nullable String note, String by, String role, Instant at) {
        this.owner = owner;
        this.verified = verified;
        this.note = note;
        this.verifiedBy = by;
        this.verifierRole = role;
        this.verifiedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getRuleId() {
        return ruleId;
    }

    public Actor getOwner() {
        return owner;
    }

    public boolean isVerified() {
        return verified;
    }

    public @Nullable String getNote() {
        return note;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public String getVerifierRole() {
        return verifierRole;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public long getVersion() {
        return version;
    }
}

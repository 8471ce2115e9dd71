package org.ticportal.core.unit;

import org.ticportal.policy.api.CreditCode;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An applicant unit (申报单位 / 牵头单位): a legal person identified by its unified social credit code. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "credit_code", nullable = false, length = 18)
    private String creditCode;

    /** The recommending body (county, zone, or the direct channel) in whose scope the unit is registered. */
    @Column(name = "recommending_body_code", nullable = false, length = 32)
    private String recommendingBodyCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Unit() {
    }

    public Unit(String name, String creditCode, String recommendingBodyCode, Instant createdAt) {
        if (!CreditCode.isValid(creditCode)) {
            throw new IllegalArgumentException("invalid unified social credit code: " + creditCode);
        }
        this.name = name;
        this.creditCode = creditCode;
        this.recommendingBodyCode = recommendingBodyCode;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getRecommendingBodyCode() {
        return recommendingBodyCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

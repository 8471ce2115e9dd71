package org.ticportal.core.unit;

import org.ticportal.policy.api.CreditCode;
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

/**
 * An applicant unit (申报单位 / 牵头单位): a legal person identified by its unified social credit code. A unit that
 * registers itself waits ({@link UnitState#PENDING}) until the body it registered under confirms it; a unit created
 * by hand or loaded by the portal is confirmed at once. Its name and division change only by a request its confirming
 * body approves.
 */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UnitState state = UnitState.CONFIRMED;

    @Column(name = "jurisdiction_code", length = 16)
    private @Nullable String jurisdictionCode;

    @Column(name = "confirming_body_code", length = 32)
    private @Nullable String confirmingBodyCode;

    @Column(length = 64)
    private @Nullable String category;

    @Column(name = "contact_name", length = 100)
    private @Nullable String contactName;

    @Column(name = "contact_phone", length = 32)
    private @Nullable String contactPhone;

    @Column(name = "contact_email", length = 200)
    private @Nullable String contactEmail;

    @Column(name = "licence_name")
    private @Nullable String licenceName;

    @Column(name = "licence_stored_name")
    private @Nullable String licenceStoredName;

    @Column(name = "licence_media_type", length = 100)
    private @Nullable String licenceMediaType;

    @Column(name = "licence_size")
    private @Nullable Long licenceSize;

    @Column(name = "licence_sha256", length = 64)
    private @Nullable String licenceSha256;

    @Column(name = "refusal_reason", length = 1000)
    private @Nullable String refusalReason;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private @Nullable String decidedBy;

    @Column(name = "requested_name", length = 200)
    private @Nullable String requestedName;

    @Column(name = "requested_body_code", length = 32)
    private @Nullable String requestedBodyCode;

    @Column(name = "requested_at")
    private @Nullable Instant requestedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Unit() {
    }

    /** A unit with this profile, in this state (a registration waits, a unit created by hand is confirmed). */
    Unit(UnitProfile profile, UnitState state, @Nullable LicenceFile licence, Instant createdAt) {
        this(profile.name(), profile.creditCode(), profile.divisionCode(), createdAt);
        this.state = state;
        this.jurisdictionCode = profile.jurisdictionCode();
        this.confirmingBodyCode = profile.confirmingBodyCode();
        this.category = profile.category();
        this.contactName = profile.contact().name();
        this.contactPhone = profile.contact().phone();
        this.contactEmail = profile.contact().email();
        if (licence != null) {
            this.licenceName = licence.name();
            this.licenceStoredName = licence.storedName();
            this.licenceMediaType = licence.mediaType();
            this.licenceSize = licence.size();
            this.licenceSha256 = licence.sha256();
        }
    }

    void decide(UnitState decided, @Nullable String reason, String by, Instant at) {
        if (state != UnitState.PENDING) {
            throw new IllegalStateException("unit " + id + " is " + state + ", not pending");
        }
        if (decided == UnitState.PENDING) {
            throw new IllegalArgumentException("a decision confirms or refuses");
        }
        this.state = decided;
        this.refusalReason = decided == UnitState.REFUSED ? reason : null;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void requestChange(@Nullable String newName, @Nullable String newBodyCode, Instant at) {
        this.requestedName = newName;
        this.requestedBodyCode = newBodyCode;
        this.requestedAt = at;
    }

    /**
     * Applies the pending change request (when approved) or drops it (when refused). A new division moves the unit to
     * the placement of that division: its jurisdiction and the body that confirms it from now on.
     */
    void closeChangeRequest(boolean approved, UnitDivisions.@Nullable Placement newPlacement) {
        if (approved) {
            if (requestedName != null) {
                this.name = requestedName;
            }
            if (requestedBodyCode != null) {
                if (newPlacement == null) {
                    throw new IllegalArgumentException("a new division needs its placement");
                }
                this.recommendingBodyCode = requestedBodyCode;
                this.jurisdictionCode = newPlacement.jurisdictionCode();
                this.confirmingBodyCode = newPlacement.confirmingBodyCode();
            }
        }
        this.requestedName = null;
        this.requestedBodyCode = null;
        this.requestedAt = null;
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

    public UnitState getState() {
        return state;
    }

    /** Whether the unit may file applications (its registration is confirmed). */
    public boolean isConfirmed() {
        return state == UnitState.CONFIRMED;
    }

    /** The jurisdiction whose policy the unit registered under, or {@code null} when not known. */
    public @Nullable String getJurisdictionCode() {
        return jurisdictionCode;
    }

    /** The recommending body that confirms the unit, or {@code null} when the bureau does. */
    public @Nullable String getConfirmingBodyCode() {
        return confirmingBodyCode;
    }

    /** The unit's category, a code of the policy's {@code UNIT_CATEGORIES} catalog. */
    public @Nullable String getCategory() {
        return category;
    }

    public UnitProfile.Contact getContact() {
        return new UnitProfile.Contact(contactName, contactPhone, contactEmail);
    }

    /** The business licence scan, when one was uploaded. */
    public @Nullable LicenceFile getLicence() {
        return licenceStoredName == null || licenceSize == null ? null : new LicenceFile(
                String.valueOf(licenceName), licenceStoredName, String.valueOf(licenceMediaType), licenceSize,
                String.valueOf(licenceSha256));
    }

    public @Nullable String getRefusalReason() {
        return refusalReason;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    /** Whether a change of name or division waits for the confirming body. */
    public boolean hasChangeRequest() {
        return requestedAt != null;
    }

    public @Nullable String getRequestedName() {
        return requestedName;
    }

    public @Nullable String getRequestedBodyCode() {
        return requestedBodyCode;
    }

    public @Nullable Instant getRequestedAt() {
        return requestedAt;
    }
}

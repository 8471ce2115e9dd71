package org.ticportal.core.conversion;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/** A reward the policy grants a center, recorded with the words and article of the policy at the time. */
@Entity
@Table(name = "center_reward")
class CenterReward {

    /** Why it was granted: the center was converted from an older platform (art. 16). */
    static final String CONVERSION = "CONVERSION";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "center_id", nullable = false, updatable = false)
    private long centerId;

    @Column(name = "reward_code", nullable = false, length = 64, updatable = false)
    private String rewardCode;

    @Column(name = "description_zh", nullable = false, length = 1000, updatable = false)
    private String descriptionZh;

    @Column(name = "description_en", nullable = false, length = 1000, updatable = false)
    private String descriptionEn;

    @Column(nullable = false, length = 200, updatable = false)
    private String article;

    @Column(nullable = false, length = 32, updatable = false)
    private String reason;

    @Column(name = "engineering_center_id", updatable = false)
    private @Nullable Long engineeringCenterId;

    @Column(name = "granted_on", nullable = false, updatable = false)
    private LocalDate grantedOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    protected CenterReward() {
    }

    CenterReward(long centerId, String rewardCode, LocalizedText description, String article, String reason,
                 @Nullable Long engineeringCenterId, LocalDate grantedOn, Instant recordedAt, String recordedBy) {
        this.centerId = centerId;
        this.rewardCode = rewardCode;
        this.descriptionZh = description.zh();
        this.descriptionEn = description.en();
        this.article = article;
        this.reason = reason;
        this.engineeringCenterId = engineeringCenterId;
        this.grantedOn = grantedOn;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    CenterRewardRow row() {
        return new CenterRewardRow(rewardCode, new LocalizedText(descriptionZh, descriptionEn), article, reason,
                grantedOn);
    }

    long getCenterId() {
        return centerId;
    }
}

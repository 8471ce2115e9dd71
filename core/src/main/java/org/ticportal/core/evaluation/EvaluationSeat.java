package org.ticportal.core.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** An expert drawn to score an evaluation, with their scores once given. */
@Entity
@Table(name = "evaluation_expert")
class EvaluationSeat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "evaluation_id", nullable = false, updatable = false)
    private long evaluationId;

    @Column(name = "expert_id", nullable = false, updatable = false)
    private long expertId;

    @Column(nullable = false, updatable = false)
    private String username = "";

    @Column(name = "expert_name", nullable = false, updatable = false)
    private String expertName = "";

    @Column(name = "seat_order", nullable = false, updatable = false)
    private int seatOrder;

    @Column(name = "scores_json")
    private @Nullable String scoresJson;

    private @Nullable BigDecimal total;

    private @Nullable String opinion;

    @Column(name = "scored_at")
    private @Nullable Instant scoredAt;

    protected EvaluationSeat() {
    }

    EvaluationSeat(long evaluationId, long expertId, String username, String expertName, int seatOrder) {
        this.evaluationId = evaluationId;
        this.expertId = expertId;
        this.username = username;
        this.expertName = expertName;
        this.seatOrder = seatOrder;
    }

    void scored(String json, BigDecimal sum, @Nullable String text, Instant now) {
        this.scoresJson = json;
        this.total = sum;
        this.opinion = text == null || text.isBlank() ? null : text.strip();
        this.scoredAt = now;
    }

    long getEvaluationId() {
        return evaluationId;
    }

    long getExpertId() {
        return expertId;
    }

    String getUsername() {
        return username;
    }

    String getExpertName() {
        return expertName;
    }

    int getSeatOrder() {
        return seatOrder;
    }

    @Nullable String getScoresJson() {
        return scoresJson;
    }

    @Nullable BigDecimal getTotal() {
        return total;
    }

    @Nullable String getOpinion() {
        return opinion;
    }

    @Nullable Instant getScoredAt() {
        return scoredAt;
    }
}

package org.ticportal.core.expert;

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

/** The expert panel (专家组) drawn for one application, with its draw record and, once concluded, its score. */
@Entity
@Table(name = "expert_panel")
public class ExpertPanel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(nullable = false, updatable = false)
    private long seed;

    @Column(name = "record_json", nullable = false, columnDefinition = "LONGTEXT")
    private String recordJson;

    @Column(name = "drawn_at", nullable = false, updatable = false)
    private Instant drawnAt;

    @Column(name = "drawn_by", nullable = false, updatable = false, length = 64)
    private String drawnBy;

    @Column(name = "batch_id", updatable = false)
    private @Nullable Long batchId;

    @Column(precision = 7, scale = 2)
    private @Nullable BigDecimal score;

    @Column(length = 64)
    private @Nullable String conclusion;

    @Column(name = "concluded_at")
    private @Nullable Instant concludedAt;

    protected ExpertPanel() {
    }

    ExpertPanel(long applicationId, DrawRecord record, Instant drawnAt, String drawnBy, @Nullable Long batchId) {
        this.applicationId = applicationId;
        this.batchId = batchId;
        this.seed = record.seed();
        this.recordJson = PanelJson.write(record);
        this.drawnAt = drawnAt;
        this.drawnBy = drawnBy;
    }

    void record(DrawRecord record) {
        this.recordJson = PanelJson.write(record);
    }

    void concluded(BigDecimal score, String conclusion, Instant at) {
        this.score = score;
        this.conclusion = conclusion;
        this.concludedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getSeed() {
        return seed;
    }

    public DrawRecord getRecord() {
        return PanelJson.read(recordJson, DrawRecord.class);
    }

    public Instant getDrawnAt() {
        return drawnAt;
    }

    public String getDrawnBy() {
        return drawnBy;
    }

    /** The batch draw (批量抽取) the panel was drawn in, or {@code null} when drawn on its own. */
    public @Nullable Long getBatchId() {
        return batchId;
    }

    public @Nullable BigDecimal getScore() {
        return score;
    }

    public @Nullable String getConclusion() {
        return conclusion;
    }

    public @Nullable Instant getConcludedAt() {
        return concludedAt;
    }

    public boolean isConcluded() {
        return conclusion != null;
    }
}

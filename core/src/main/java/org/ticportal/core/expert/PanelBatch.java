package org.ticportal.core.expert;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A batch draw (批量抽取专家组): who drew panels for several applications in one action, and when. Each panel keeps its
 * own draw record and points at its batch ({@link ExpertPanel#getBatchId()}); a batch is written only when every
 * application of it got its panel.
 */
@Entity
@Table(name = "panel_batch")
public class PanelBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "drawn_at", nullable = false, updatable = false)
    private Instant drawnAt;

    @Column(name = "drawn_by", nullable = false, updatable = false, length = 64)
    private String drawnBy;

    @Column(name = "panel_count", nullable = false, updatable = false)
    private int panelCount;

    protected PanelBatch() {
    }

    PanelBatch(Instant drawnAt, String drawnBy, int panelCount) {
        if (panelCount < 1) {
            throw new IllegalArgumentException("a batch draws at least one panel");
        }
        this.drawnAt = drawnAt;
        this.drawnBy = drawnBy;
        this.panelCount = panelCount;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getDrawnAt() {
        return drawnAt;
    }

    public String getDrawnBy() {
        return drawnBy;
    }

    public int getPanelCount() {
        return panelCount;
    }
}

package org.ticportal.core.expert;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

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

/** One expert on a panel: their declaration, site visit and defense, score sheet and opinion. */
@Entity
@Table(name = "panel_member")
public class PanelMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "panel_id", nullable = false, updatable = false)
    private long panelId;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "expert_id", nullable = false, updatable = false)
    private long expertId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean leader;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberState state;

    @Column(name = "declared_at")
    private @Nullable Instant declaredAt;

    @Column(name = "conflict_note", length = 1000)
    private @Nullable String conflictNote;

    @Column(name = "site_visit_date")
    private @Nullable LocalDate siteVisitDate;

    @Column(name = "defense_date")
    private @Nullable LocalDate defenseDate;

    @Column(name = "visit_notes", columnDefinition = "TEXT")
    private @Nullable String visitNotes;

    @Column(name = "scores_json", columnDefinition = "TEXT")
    private @Nullable String scoresJson;

    @Column(precision = 7, scale = 2)
    private @Nullable BigDecimal total;

    @Column(columnDefinition = "TEXT")
    private @Nullable String opinion;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "replaced_reason", length = 1000)
    private @Nullable String replacedReason;

    protected PanelMember() {
    }

    PanelMember(long panelId, long applicationId, long expertId, int position, boolean leader) {
        this.panelId = panelId;
        this.applicationId = applicationId;
        this.expertId = expertId;
        this.position = position;
        this.leader = leader;
        this.state = MemberState.DRAWN;
    }

    void declare(boolean conflict, @Nullable String note, Instant at) {
        this.state = conflict ? MemberState.CONFLICT : MemberState.DECLARED;
        this.conflictNote = note;
        this.declaredAt = at;
    }

    void recordVisit(@Nullable LocalDate siteVisit, @Nullable LocalDate defense, @Nullable String notes) {
        this.siteVisitDate = siteVisit;
        this.defenseDate = defense;
        this.visitNotes = notes;
    }

    void score(Map<String, BigDecimal> scores, BigDecimal total, String opinion, Instant at) {
        this.scoresJson = PanelJson.write(scores);
        this.total = total;
        this.opinion = opinion;
        this.submittedAt = at;
        this.state = MemberState.SUBMITTED;
    }

    void replaced(String reason) {
        this.state = MemberState.REPLACED;
        this.replacedReason = reason;
        this.leader = false;
    }

    void makeLeader() {
        this.leader = true;
    }

    void stepDown() {
        this.leader = false;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getPanelId() {
        return panelId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getExpertId() {
        return expertId;
    }

    public int getPosition() {
        return position;
    }

    public boolean isLeader() {
        return leader;
    }

    public MemberState getState() {
        return state;
    }

    /** Whether the member still sits on the panel (not replaced). */
    public boolean isSitting() {
        return state != MemberState.REPLACED;
    }

    public @Nullable Instant getDeclaredAt() {
        return declaredAt;
    }

    public @Nullable String getConflictNote() {
        return conflictNote;
    }

    public @Nullable LocalDate getSiteVisitDate() {
        return siteVisitDate;
    }

    public @Nullable LocalDate getDefenseDate() {
        return defenseDate;
    }

    public @Nullable String getVisitNotes() {
        return visitNotes;
    }

    /** The scores by indicator code; empty before submission. */
    public Map<String, BigDecimal> getScores() {
        return scoresJson == null ? Map.of() : PanelJson.readScores(scoresJson);
    }

    public @Nullable BigDecimal getTotal() {
        return total;
    }

    public @Nullable String getOpinion() {
        return opinion;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable String getReplacedReason() {
        return replacedReason;
    }
}

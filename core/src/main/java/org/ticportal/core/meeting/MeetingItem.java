package org.ticportal.core.meeting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * An application on a meeting's agenda, and, once the meeting is recorded, what it decided: the policy's decision step
 * taken on the application (its code), the stage it led to, the comment. While undecided the item is pending, and an
 * application is pending on one agenda at most (a unique key in the database).
 */
@Entity
@Table(name = "decision_meeting_item")
public class MeetingItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private DecisionMeeting meeting;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(nullable = false)
    private int position;

    /** 1 while undecided, {@code null} after (see the unique key on application and pending). */
    @Column(name = "item_pending")
    private @Nullable Integer pending;

    @Column(name = "transition_code", length = 64)
    private @Nullable String transitionCode;

    @Column(name = "outcome_stage", length = 64)
    private @Nullable String outcomeStage;

    @Column(length = 2000)
    private @Nullable String comment;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 64, updatable = false)
    private String addedBy;

    protected MeetingItem() {
    }

    MeetingItem(DecisionMeeting meeting, long applicationId, int position, Instant now, String actor) {
        this.meeting = meeting;
        this.applicationId = applicationId;
        this.position = position;
        this.pending = 1;
        this.addedAt = now;
        this.addedBy = actor;
    }

    void decided(String transition, String stage, @Nullable String decisionComment) {
        this.transitionCode = transition;
        this.outcomeStage = stage;
        this.comment = decisionComment;
        this.pending = null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    DecisionMeeting getMeeting() {
        return meeting;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public int getPosition() {
        return position;
    }

    public boolean isPending() {
        return pending != null;
    }

    public @Nullable String getTransitionCode() {
        return transitionCode;
    }

    public @Nullable String getOutcomeStage() {
        return outcomeStage;
    }

    public @Nullable String getComment() {
        return comment;
    }
}

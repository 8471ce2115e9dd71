package org.ticportal.core.change;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One step of a change request's history (table {@code change_request_step}); written once. */
@Entity
@Table(name = "change_request_step")
class ChangeRequestStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ChangeAction action;

    @Column(nullable = false, length = 32, updatable = false)
    private String actor;

    @Column(name = "acted_by", nullable = false, length = 64, updatable = false)
    private String actedBy;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 16, updatable = false)
    private @Nullable ChangeRequestState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 16, updatable = false)
    private ChangeRequestState toState;

    @Column(name = "from_step", updatable = false)
    private @Nullable Integer fromStep;

    @Column(name = "to_step", nullable = false, updatable = false)
    private int toStep;

    @Column(length = 2000, updatable = false)
    private @Nullable String comment;

    @Column(name = "attachment_stored", length = 255, updatable = false)
    private @Nullable String attachmentStored;

    @Column(name = "attachment_name", length = 255, updatable = false)
    private @Nullable String attachmentName;

    protected ChangeRequestStep() {
        action = ChangeAction.FILE;
        actor = actedBy = "";
        actedAt = Instant.EPOCH;
        toState = ChangeRequestState.REVIEWING;
    }

    ChangeRequestStep(long requestId, ChangeAction action, String actor, String actedBy, Instant actedAt,
                      @Nullable ChangeRequestState fromState, ChangeRequestState toState, @Nullable Integer fromStep,
                      int toStep, @Nullable String comment, @Nullable String attachmentStored,
                      @Nullable String attachmentName) {
        this.requestId = requestId;
        this.action = action;
        this.actor = actor;
        this.actedBy = actedBy;
        this.actedAt = actedAt;
        this.fromState = fromState;
        this.toState = toState;
        this.fromStep = fromStep;
        this.toStep = toStep;
        this.comment = comment;
        this.attachmentStored = attachmentStored;
        this.attachmentName = attachmentName;
    }

    ChangeStepRow toRow() {
        return new ChangeStepRow(id == null ? 0 : id, action, actor, actedBy, actedAt, fromState, toState, comment,
                attachmentName);
    }

    long getRequestId() {
        return requestId;
    }

    @Nullable String getAttachmentStored() {
        return attachmentStored;
    }

    @Nullable String getAttachmentName() {
        return attachmentName;
    }
}

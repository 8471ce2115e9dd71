package org.ticportal.core.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One recorded event: who ({@code actor}), when, which record ({@code subjectType}, {@code subjectId}), what was done
 * ({@code action}), the value before ({@code fromState}) and after ({@code toState}), and a comment. Immutable once
 * written: Hibernate never updates it and its repository can neither update nor delete it.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "from_state", updatable = false)
    private @Nullable String fromState;

    @Column(name = "to_state", updatable = false)
    private @Nullable String toState;

    @Column(updatable = false, length = 2000)
    private @Nullable String comment;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String subjectType, String subjectId, String action,
               @Nullable String fromState, @Nullable String toState, @Nullable String comment) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.action = cut(action, 64);
        this.fromState = cut(fromState, 255);
        this.toState = cut(toState, 255);
        this.comment = comment == null || comment.length() <= 2000 ? comment : comment.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public @Nullable String getFromState() {
        return fromState;
    }

    public @Nullable String getToState() {
        return toState;
    }

    public @Nullable String getComment() {
        return comment;
    }

    private static @Nullable String cut(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

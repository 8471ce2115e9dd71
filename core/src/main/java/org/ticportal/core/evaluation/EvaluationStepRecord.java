package org.ticportal.core.evaluation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One row of an evaluation's history: who did what when, from which step to which, with a comment and files. */
@Entity
@Table(name = "evaluation_step")
class EvaluationStepRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "evaluation_id", nullable = false, updatable = false)
    private long evaluationId;

    @Column(nullable = false, updatable = false)
    private Instant at = Instant.EPOCH;

    @Column(nullable = false, updatable = false)
    private String actor = "";

    @Column(nullable = false, updatable = false)
    private String action = "";

    @Column(name = "from_step", updatable = false)
    private @Nullable String fromStep;

    @Column(name = "to_step", updatable = false)
    private @Nullable String toStep;

    @Column(updatable = false)
    private @Nullable String comment;

    @Column(updatable = false)
    private @Nullable String files;

    protected EvaluationStepRecord() {
    }

    EvaluationStepRecord(long evaluationId, Instant at, String actor, String action, @Nullable String fromStep,
                         @Nullable String toStep, @Nullable String comment, @Nullable String files) {
        this.evaluationId = evaluationId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.fromStep = fromStep;
        this.toStep = toStep;
        this.comment = comment == null || comment.length() <= 2000 ? comment : comment.substring(0, 2000);
        this.files = files == null || files.length() <= 2000 ? files : files.substring(0, 2000);
    }

    long getEvaluationId() {
        return evaluationId;
    }

    Instant getAt() {
        return at;
    }

    String getActor() {
        return actor;
    }

    String getAction() {
        return action;
    }

    @Nullable String getFromStep() {
        return fromStep;
    }

    @Nullable String getToStep() {
        return toStep;
    }

    @Nullable String getComment() {
        return comment;
    }

    @Nullable String getFiles() {
        return files;
    }
}

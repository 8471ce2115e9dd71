package org.ticportal.core.evaluation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.plugin.PolicyPin;

/** An evaluation round (评估批次) the bureau opened for the centers due by a day. */
@Entity
@Table(name = "evaluation_round")
class EvaluationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "jurisdiction_code", nullable = false, updatable = false)
    private String jurisdictionCode = "";

    @Column(name = "policy_id", nullable = false, updatable = false)
    private String policyId = "";

    @Column(name = "plugin_id", nullable = false, updatable = false)
    private String pluginId = "";

    @Column(name = "plugin_version", nullable = false, updatable = false)
    private String pluginVersion = "";

    @Column(nullable = false)
    private String title = "";

    @Column(name = "due_by", nullable = false, updatable = false)
    private LocalDate dueBy = LocalDate.EPOCH;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn = LocalDate.EPOCH;

    @Column(name = "submission_due")
    private @Nullable LocalDate submissionDue;

    @Column(nullable = false)
    private int centers;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt = Instant.EPOCH;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy = "";

    protected EvaluationRound() {
    }

    EvaluationRound(String jurisdictionCode, PolicyPin pin, String title, LocalDate dueBy, LocalDate openedOn,
                    @Nullable LocalDate submissionDue, Instant openedAt, String openedBy) {
        if (title.isBlank()) {
            throw new IllegalArgumentException("a round has a title");
        }
        this.jurisdictionCode = jurisdictionCode;
        this.policyId = pin.policyId();
        this.pluginId = pin.pluginId();
        this.pluginVersion = pin.pluginVersion();
        this.title = title.strip();
        this.dueBy = dueBy;
        this.openedOn = openedOn;
        this.submissionDue = submissionDue;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    void centers(int count) {
        this.centers = count;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    String getJurisdictionCode() {
        return jurisdictionCode;
    }

    PolicyPin getPin() {
        return new PolicyPin(policyId, pluginId, pluginVersion);
    }

    String getTitle() {
        return title;
    }

    LocalDate getDueBy() {
        return dueBy;
    }

    LocalDate getOpenedOn() {
        return openedOn;
    }

    @Nullable LocalDate getSubmissionDue() {
        return submissionDue;
    }

    int getCenters() {
        return centers;
    }

    String getOpenedBy() {
        return openedBy;
    }
}

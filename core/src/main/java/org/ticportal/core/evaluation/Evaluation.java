package org.ticportal.core.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.center.CenterStandingRow;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.evaluation.EvaluationDecision;
import org.ticportal.policy.api.evaluation.Grade;
import org.ticportal.policy.api.evaluation.Outcome;

/**
 * One center's evaluation in a round: its current step and time limit, the self-assessment, the total, grade and
 * outcome with the policy's reason and article, and the rectification that may follow. The center's scope (lead unit,
 * supervising body, jurisdiction) is copied when the round opens.
 */
@Entity
@Table(name = "evaluation")
class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "center_id", nullable = false, updatable = false)
    private long centerId;

    @Column(name = "center_name", nullable = false)
    private String centerName = "";

    @Column(name = "lead_unit_name", nullable = false)
    private String leadUnitName = "";

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "recommending_body_code", nullable = false)
    private String recommendingBodyCode = "";

    @Column(name = "jurisdiction_code", nullable = false, updatable = false)
    private String jurisdictionCode = "";

    @Column(name = "policy_id", nullable = false, updatable = false)
    private String policyId = "";

    @Column(name = "plugin_id", nullable = false, updatable = false)
    private String pluginId = "";

    @Column(name = "plugin_version", nullable = false, updatable = false)
    private String pluginVersion = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvaluationState state = EvaluationState.IN_PROGRESS;

    @Column(name = "step_code")
    private @Nullable String stepCode;

    @Column(name = "step_since")
    private @Nullable Instant stepSince;

    @Column(name = "step_due")
    private @Nullable LocalDate stepDue;

    @Column(name = "step_reminded_on")
    private @Nullable LocalDate stepRemindedOn;

    @Embedded
    private @Nullable SelfAssessment self = SelfAssessment.NONE;

    @Column(name = "submission_missing", nullable = false)
    private boolean submissionMissing;

    @Column(name = "draw_seed")
    private @Nullable Long drawSeed;

    private @Nullable BigDecimal score;

    @Enumerated(EnumType.STRING)
    private @Nullable Outcome outcome;

    @Embedded
    private Verdict verdict = Verdict.NONE;

    @Column(name = "decided_on")
    private @Nullable LocalDate decidedOn;

    @Column(name = "effective_on")
    private @Nullable LocalDate effectiveOn;

    @Column(name = "rectify_due")
    private @Nullable LocalDate rectifyDue;

    @Column(name = "rectification_report")
    private @Nullable String rectificationReport;

    @Column(name = "rectification_at")
    private @Nullable Instant rectificationAt;

    @Column(name = "recheck_passed")
    private @Nullable Boolean recheckPassed;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected Evaluation() {
    }

    Evaluation(long roundId, CenterStandingRow center, PolicyPin pin, String firstStep, Instant now,
               @Nullable LocalDate due) {
        this.roundId = roundId;
        this.centerId = center.id();
        this.centerName = center.name();
        this.leadUnitName = center.leadUnitName();
        this.unitId = center.unitId();
        this.recommendingBodyCode = center.recommendingBodyCode();
        this.jurisdictionCode = center.jurisdictionCode();
        this.policyId = pin.policyId();
        this.pluginId = pin.pluginId();
        this.pluginVersion = pin.pluginVersion();
        this.stepCode = firstStep;
        this.stepSince = now;
        this.stepDue = due;
        this.updatedAt = now;
    }

    /** Moves to another step of the procedure (forward or back) with its time limit. */
    void enter(String step, Instant now, @Nullable LocalDate due) {
        requireState(EvaluationState.IN_PROGRESS);
        this.stepCode = step;
        this.stepSince = now;
        this.stepDue = due;
        this.stepRemindedOn = null;
        this.updatedAt = now;
    }

    /** The current step's actors were reminded of its time limit (once per step entered). */
    void reminded(LocalDate on) {
        requireState(EvaluationState.IN_PROGRESS);
        this.stepRemindedOn = on;
    }

    @Nullable LocalDate getStepRemindedOn() {
        return stepRemindedOn;
    }

    void selfAssessment(String summary, String scoresJson, Instant now) {
        requireState(EvaluationState.IN_PROGRESS);
        this.self = self().filed(summary, scoresJson, now);
        this.updatedAt = now;
    }

    /**
     * The values of the policy's self-evaluation form, as a draft or as filed, on the form version they were first
     * filled on; a file attached or removed touches the evaluation the same way (its version moves).
     */
    void selfValues(String valuesJson, @Nullable Long formVersionId, Instant now) {
        requireState(EvaluationState.IN_PROGRESS);
        this.self = self().withValues(valuesJson, formVersionId);
        this.updatedAt = now;
    }

    /** Sent back to the self-assessment: the lead unit files it again (its summary kept to edit). */
    void selfAssessmentReturned() {
        this.self = self().returned();
    }

    /** The self-assessment, {@link SelfAssessment#NONE} when Hibernate loaded none (nothing saved yet). */
    private SelfAssessment self() {
        return SelfAssessment.orNone(self);
    }

    void drawn(long seed) {
        this.drawSeed = seed;
    }

    /**
     * The result: total (none when nothing was submitted), grade and the policy's decision. With a result notice the
     * evaluation waits in {@link EvaluationState#NOTICE} until {@code effectiveOn}; otherwise the caller applies it.
     */
    void decided(@Nullable BigDecimal total, Grade grade, EvaluationDecision decision, String articleCited,
                 boolean missing, LocalDate on, LocalDate effective, @Nullable LocalDate rectifyUntil, Instant now) {
        requireState(EvaluationState.IN_PROGRESS);
        this.score = total;
        this.verdict = Verdict.of(grade, decision, articleCited);
        this.outcome = decision.outcome();
        this.submissionMissing = missing;
        this.decidedOn = on;
        this.effectiveOn = effective;
        this.rectifyDue = rectifyUntil;
        this.stepCode = null;
        this.stepDue = null;
        this.stepSince = now;
        this.state = effective.isAfter(on) ? EvaluationState.NOTICE : EvaluationState.CLOSED;
        this.updatedAt = now;
    }

    /** The outcome took effect on the center. */
    void applied(Instant now) {
        if (state != EvaluationState.NOTICE && state != EvaluationState.CLOSED) {
            throw new IllegalStateException("not decided");
        }
        this.state = outcome == Outcome.RECTIFY ? EvaluationState.RECTIFYING : EvaluationState.CLOSED;
        this.updatedAt = now;
    }

    void rectificationReported(String report, Instant now) {
        requireState(EvaluationState.RECTIFYING);
        if (report.isBlank()) {
            throw new IllegalArgumentException("a rectification report has a text");
        }
        this.rectificationReport = report.strip();
        this.rectificationAt = now;
        this.updatedAt = now;
    }

    void rechecked(boolean passed, Instant now) {
        requireState(EvaluationState.RECTIFYING);
        this.recheckPassed = passed;
        this.state = EvaluationState.CLOSED;
        this.updatedAt = now;
    }

    private void requireState(EvaluationState expected) {
        if (state != expected) {
            throw new IllegalStateException("evaluation " + id + " is " + state + ", not " + expected);
        }
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    long getVersion() {
        return version;
    }

    long getRoundId() {
        return roundId;
    }

    long getCenterId() {
        return centerId;
    }

    String getCenterName() {
        return centerName;
    }

    String getLeadUnitName() {
        return leadUnitName;
    }

    long getUnitId() {
        return unitId;
    }

    String getRecommendingBodyCode() {
        return recommendingBodyCode;
    }

    String getJurisdictionCode() {
        return jurisdictionCode;
    }

    PolicyPin getPin() {
        return new PolicyPin(policyId, pluginId, pluginVersion);
    }

    EvaluationState getState() {
        return state;
    }

    @Nullable String getStepCode() {
        return stepCode;
    }

    @Nullable Instant getStepSince() {
        return stepSince;
    }

    @Nullable LocalDate getStepDue() {
        return stepDue;
    }

    @Nullable String getSelfSummary() {
        return self().summary();
    }

    @Nullable String getSelfScoresJson() {
        return self().scoresJson();
    }

    @Nullable String getSelfValues() {
        return self().values();
    }

    @Nullable Long getSelfFormVersionId() {
        return self().formVersionId();
    }

    @Nullable Instant getSubmittedAt() {
        return self().submittedAt();
    }

    boolean isSubmissionMissing() {
        return submissionMissing;
    }

    @Nullable Long getDrawSeed() {
        return drawSeed;
    }

    @Nullable BigDecimal getScore() {
        return score;
    }

    @Nullable LocalizedText getGradeName() {
        return verdict.gradeName();
    }

    @Nullable Boolean getPassing() {
        return verdict.passing();
    }

    @Nullable Outcome getOutcome() {
        return outcome;
    }

    boolean isOutstanding() {
        return verdict.outstanding();
    }

    boolean isRecommendUpward() {
        return verdict.recommendUpward();
    }

    @Nullable LocalizedText getReason() {
        return verdict.reason();
    }

    @Nullable String getArticle() {
        return verdict.article();
    }

    @Nullable LocalDate getDecidedOn() {
        return decidedOn;
    }

    @Nullable LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    @Nullable LocalDate getRectifyDue() {
        return rectifyDue;
    }

    @Nullable String getRectificationReport() {
        return rectificationReport;
    }

    @Nullable Instant getRectificationAt() {
        return rectificationAt;
    }

    @Nullable Boolean getRecheckPassed() {
        return recheckPassed;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}

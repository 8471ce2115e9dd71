package org.ticportal.core.evaluation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * The lead unit's self-assessment in an evaluation (自评): the values of the policy's self-evaluation form on the form
 * version they were first filled on, the summary and scores it files, and when it filed them. One thing because the
 * unit fills it in and files it as a whole, and sending it back reopens it as a whole; it is the unit's part of the
 * evaluation, apart from the steps and the decision. Mapped onto the evaluation's own columns.
 *
 * <p>All its columns are null until the unit first saves the form, and Hibernate then loads no value at all:
 * {@link #orNone} reads that as {@link #NONE}.
 *
 * @param summary       the filed summary, kept when it is sent back for editing
 * @param scoresJson    the filed self-scores by indicator, as JSON
 * @param values        the form's values, as a draft or as filed, as JSON
 * @param formVersionId the published form version the values were first filled on; {@code null}: the one its plugin
 *                      ships
 * @param submittedAt   when it was filed; {@code null}: not filed, or sent back
 */
@Embeddable
record SelfAssessment(@Column(name = "self_summary") @Nullable String summary,
                      @Column(name = "self_scores_json") @Nullable String scoresJson,
                      @Column(name = "self_values") @Nullable String values,
                      @Column(name = "self_form_version_id") @Nullable Long formVersionId,
                      @Column(name = "submitted_at") @Nullable Instant submittedAt) {

    /** Nothing saved yet. */
    static final SelfAssessment NONE = new SelfAssessment(null, null, null, null, null);

    /** The loaded value, or {@link #NONE} when Hibernate loaded none (all its columns null). */
    static SelfAssessment orNone(@Nullable SelfAssessment loaded) {
        return loaded == null ? NONE : loaded;
    }

    /** Filed with the summary (stripped; refused when blank) and the scores at the time. */
    SelfAssessment filed(String newSummary, String newScoresJson, Instant at) {
        if (newSummary.isBlank()) {
            throw new IllegalArgumentException("a self-assessment has a summary");
        }
        return new SelfAssessment(newSummary.strip(), newScoresJson, values, formVersionId, at);
    }

    /** The form's values saved (refused once filed); the form version is the one they were first filled on. */
    SelfAssessment withValues(String valuesJson, @Nullable Long formVersion) {
        if (submittedAt != null) {
            throw new IllegalStateException("the self-assessment was filed");
        }
        return new SelfAssessment(summary, scoresJson, valuesJson, formVersionId == null ? formVersion : formVersionId,
                submittedAt);
    }

    /** Sent back: no longer filed, everything else kept to edit. */
    SelfAssessment returned() {
        return new SelfAssessment(summary, scoresJson, values, formVersionId, null);
    }
}

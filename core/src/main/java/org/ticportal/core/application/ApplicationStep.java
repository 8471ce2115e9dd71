package org.ticportal.core.application;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One step an application took (立卷、提交、推荐、复核 …): who took it, when, from which stage to which, with what comment,
 * what they entered on the step's form, and the eligibility results at that moment. Immutable once written.
 */
@Entity
@Table(name = "application_step")
public class ApplicationStep {

    /** The code of the step that files a new application. */
    public static final String CREATED = "$CREATED";
    /** The code of an administrator's migration to another plugin version. */
    public static final String MIGRATED = "$MIGRATED";
    /** The code of a reviewer's mark on a checklist item: verified (the case stays in its stage). */
    public static final String VERIFIED = "$VERIFIED";
    /** The code of a reviewer's mark on a checklist item: not verified. */
    public static final String NOT_VERIFIED = "$NOT_VERIFIED";
    /**
     * The code of the portal's reopening of the checklist when a case was returned to the applicant: the evidence may
     * change, so the reviewers verify the items again.
     */
    /**
     * The authority skipped an optional stage of a conversion's simplified procedure (art. 16 of the Xinzhou
     * measures); the comment holds its reason.
     */
    public static final String SKIPPED = "$SKIPPED";
    public static final String CHECKLIST_REOPENED = "$CHECKLIST_REOPENED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "transition_code", nullable = false, updatable = false, length = 64)
    private String transitionCode;

    @Column(name = "transition_name", nullable = false, updatable = false, length = 200)
    private String transitionName;

    @Column(name = "from_stage", updatable = false, length = 64)
    private @Nullable String fromStage;

    @Column(name = "to_stage", nullable = false, updatable = false, length = 64)
    private String toStage;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "actor_role", updatable = false, length = 16)
    private @Nullable String actorRole;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(updatable = false, length = 2000)
    private @Nullable String comment;

    @Column(name = "step_data_json", updatable = false, columnDefinition = "longtext")
    private @Nullable String stepDataJson;

    /** The form the actor filled in on this step, and its published version ({@code null}: the shipped form). */
    @Column(name = "form_code", updatable = false, length = 64)
    private @Nullable String formCode;

    @Column(name = "form_version_id", updatable = false)
    private @Nullable Long formVersionId;

    @Column(name = "eligibility_json", updatable = false, columnDefinition = "longtext")
    private @Nullable String eligibilityJson;

    @Column(name = "plugin_version", nullable = false, updatable = false, length = 64)
    private String pluginVersion;

    protected ApplicationStep() {
    }

    ApplicationStep(Long applicationId, String transitionCode, String transitionName, @Nullable String fromStage,
                    String toStage, String actor, @Nullable String actorRole, Instant occurredAt,
                    @Nullable String comment, @Nullable String stepDataJson, @Nullable String eligibilityJson,
                    String pluginVersion) {
        this.applicationId = applicationId;
        this.transitionCode = transitionCode;
        this.transitionName = transitionName.length() > 200 ? transitionName.substring(0, 200) : transitionName;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.actor = actor;
        this.actorRole = actorRole;
        this.occurredAt = occurredAt;
        this.comment = comment == null || comment.length() <= 2000 ? comment : comment.substring(0, 2000);
        this.stepDataJson = stepDataJson;
        this.eligibilityJson = eligibilityJson;
        this.pluginVersion = pluginVersion;
    }

    public Long getId() {
        return id;
    }

    /** Records the form the step's values were entered on. */
    ApplicationStep withForm(String code, @Nullable Long versionId) {
        this.formCode = code;
        this.formVersionId = versionId;
        return this;
    }

    public @Nullable String getFormCode() {
        return formCode;
    }

    public @Nullable Long getFormVersionId() {
        return formVersionId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getTransitionCode() {
        return transitionCode;
    }

    /**
     * The step's name as the policy called it when it was taken (Chinese), or for a step of the portal's own the key of
     * its label in core's bundle; {@link ApplicationDetail#stepLabel} gives it in both languages.
     */
    public String getTransitionName() {
        return transitionName;
    }

    public @Nullable String getFromStage() {
        return fromStage;
    }

    public String getToStage() {
        return toStage;
    }

    public String getActor() {
        return actor;
    }

    public @Nullable String getActorRole() {
        return actorRole;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public @Nullable String getComment() {
        return comment;
    }

    @Nullable String getStepDataJson() {
        return stepDataJson;
    }

    @Nullable String getEligibilityJson() {
        return eligibilityJson;
    }

    public String getPluginVersion() {
        return pluginVersion;
    }
}

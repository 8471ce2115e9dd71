package org.ticportal.core.form;

import java.time.Instant;

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

/**
 * A version of one of a policy's forms, as an administrator adapted it. A draft is edited; a published version never
 * changes again, and data entered on it stays readable on it.
 */
@Entity
@Table(name = "form_version")
public class FormVersion {

    /** Whether a version is being edited or in use. */
    public enum Status {
        DRAFT,
        PUBLISHED
    }

    /** Where a version's definition came from. */
    public enum Origin {
        /** Started from the form the policy plugin ships. */
        PLUGIN,
        /** Started from an earlier published version. */
        VERSION,
        /** Imported from a JSON file. */
        IMPORT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "policy_id", nullable = false, length = 64)
    private String policyId;

    @Column(name = "form_code", nullable = false, length = 64)
    private String formCode;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Origin origin;

    /** What the first content came from: {@code plugin-id@version}, {@code v3}, or the imported file's name. */
    @Column(name = "based_on", nullable = false, length = 100)
    private String basedOn;

    @Column(name = "definition_json", nullable = false, columnDefinition = "LONGTEXT")
    private String definitionJson;

    @Column(name = "definition_sha256", nullable = false, length = 64)
    private String definitionSha256;

    @Column(length = 1000)
    private @Nullable String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "published_by", length = 64)
    private @Nullable String publishedBy;

    /** The plugin version whose rules and steps the version was checked against when published. */
    @Column(name = "plugin_version", length = 64)
    private @Nullable String pluginVersion;

    protected FormVersion() {
    }

    FormVersion(String policyId, String formCode, int number, Origin origin, String basedOn, String definitionJson,
                String sha256, Instant now, String actor) {
        this.policyId = policyId;
        this.formCode = formCode;
        this.number = number;
        this.status = Status.DRAFT;
        this.origin = origin;
        this.basedOn = basedOn;
        this.definitionJson = definitionJson;
        this.definitionSha256 = sha256;
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /**
     * Whether the definition may still change: only a draft's does, a published version never. The designer shows its
     * edit tools by this; every change checks it again.
     */
    public boolean isEditable() {
        return status == Status.DRAFT;
    }

    void edit(String json, String sha256, Instant now, String actor) {
        if (!isEditable()) {
            throw new IllegalStateException("published form versions never change");
        }
        this.definitionJson = json;
        this.definitionSha256 = sha256;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    void publish(@Nullable String note, Instant now, String actor, String checkedAgainst) {
        this.status = Status.PUBLISHED;
        this.pluginVersion = checkedAgainst;
        this.note = note;
        this.publishedAt = now;
        this.publishedBy = actor;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getPolicyId() {
        return policyId;
    }

    public String getFormCode() {
        return formCode;
    }

    public int getNumber() {
        return number;
    }

    public Status getStatus() {
        return status;
    }

    public Origin getOrigin() {
        return origin;
    }

    public String getBasedOn() {
        return basedOn;
    }

    public String getDefinitionJson() {
        return definitionJson;
    }

    public String getDefinitionSha256() {
        return definitionSha256;
    }

    public @Nullable String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public @Nullable String getPublishedBy() {
        return publishedBy;
    }

    public @Nullable String getPluginVersion() {
        return pluginVersion;
    }
}

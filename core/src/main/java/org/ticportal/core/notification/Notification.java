package org.ticportal.core.notification;

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
import org.ticportal.policy.api.LocalizedText;

/** Something the portal tells one user, in both languages, until they mark it read. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 64, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private NotificationKind kind;

    @Column(name = "application_id", updatable = false)
    private @Nullable Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", length = 16, updatable = false)
    private @Nullable NotificationTarget targetKind;

    @Column(name = "target_id", updatable = false)
    private @Nullable Long targetId;

    @Column(name = "subject_zh", nullable = false, length = 300, updatable = false)
    private String subjectZh;

    @Column(name = "subject_en", nullable = false, length = 300, updatable = false)
    private String subjectEn;

    @Column(name = "body_zh", nullable = false, length = 2000, updatable = false)
    private String bodyZh;

    @Column(name = "body_en", nullable = false, length = 2000, updatable = false)
    private String bodyEn;

    @Column(name = "dedupe_key", length = 200, updatable = false)
    private @Nullable String dedupeKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, NotificationKind kind, @Nullable Long applicationId, LocalizedText subject,
                 LocalizedText body, @Nullable String dedupeKey, Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.applicationId = applicationId;
        this.subjectZh = cut(subject.zh(), 300);
        this.subjectEn = cut(subject.en(), 300);
        this.bodyZh = cut(body.zh(), 2000);
        this.bodyEn = cut(body.en(), 2000);
        this.dedupeKey = dedupeKey;
        this.createdAt = createdAt;
    }

    /** A notification about something that is not an application (an evaluation, a change request): its target. */
    Notification(String recipient, NotificationKind kind, NotificationTarget targetKind, long targetId,
                 LocalizedText subject, LocalizedText body, Instant createdAt) {
        this(recipient, kind, (Long) null, subject, body, null, createdAt);
        if (targetId < 1) {
            throw new IllegalArgumentException("not a target id: " + targetId);
        }
        this.targetKind = java.util.Objects.requireNonNull(targetKind);
        this.targetId = targetId;
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public @Nullable Long getApplicationId() {
        return applicationId;
    }

    /** What the notification is about when it is not an application, or {@code null}. */
    public @Nullable NotificationTarget getTargetKind() {
        return targetKind;
    }

    /** The id of {@link #getTargetKind()}'s target, or {@code null}. */
    public @Nullable Long getTargetId() {
        return targetId;
    }

    /** The portal path of the target's page (e.g. {@code evaluations/12}), or {@code null} without a target. */
    public @Nullable String getTargetRoute() {
        return targetKind == null || targetId == null ? null : targetKind.route(targetId);
    }

    public LocalizedText getSubject() {
        return new LocalizedText(subjectZh, subjectEn);
    }

    public LocalizedText getBody() {
        return new LocalizedText(bodyZh, bodyEn);
    }

    public @Nullable String getDedupeKey() {
        return dedupeKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}

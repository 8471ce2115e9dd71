package org.ticportal.core.notification;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * An e-mail to send for a notification (the outbox): written with it, sent by {@link MailOutbox} after the commit;
 * a failure is recorded with its reason and tried again later, up to {@link #MAX_ATTEMPTS} times.
 */
@Entity
@Table(name = "notification_mail")
class NotificationMail {

    /** How often a mail is tried before it is given up (state {@code FAILED}). */
    static final int MAX_ATTEMPTS = 5;

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "notification_id", nullable = false, updatable = false)
    private long notificationId;

    @Column(nullable = false, length = 200, updatable = false)
    private String address;

    @Column(nullable = false, length = 8, updatable = false)
    private String language;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(nullable = false, length = 2000, updatable = false)
    private String body;

    @Column(nullable = false, length = 16)
    private String state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private @Nullable String lastError;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected NotificationMail() {
    }

    NotificationMail(long notificationId, String address, String language, String subject, String body, Instant now) {
        this.notificationId = notificationId;
        this.address = address;
        this.language = language;
        this.subject = Notification.cut(subject, 300);
        this.body = Notification.cut(body, 2000);
        this.state = PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(Instant now) {
        attempts++;
        state = SENT;
        sentAt = now;
        lastError = null;
    }

    /** Records a failed attempt; tried again after a back-off growing with the attempts, or given up. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = Notification.cut(error, 1000);
        if (attempts >= MAX_ATTEMPTS) {
            state = FAILED;
        } else {
            nextAttemptAt = now.plus(Duration.ofMinutes(5L << (attempts - 1)));
        }
    }

    Long getId() {
        return id;
    }

    long getNotificationId() {
        return notificationId;
    }

    String getAddress() {
        return address;
    }

    String getLanguage() {
        return language;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    String getState() {
        return state;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    @Nullable String getLastError() {
        return lastError;
    }
}

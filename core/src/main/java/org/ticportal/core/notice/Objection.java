package org.ticportal.core.notice;

import java.time.Instant;
import java.time.LocalDate;

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
 * An objection (异议) filed on the public page against one center of a notice, with the formalities of practice: a
 * unit's name, contact and stamped letter; a person's real name, ID number and contact. Filed, then received by the
 * bureau (the policy's step into its objection stage), then upheld or dismissed with reasons and a reply document.
 */
@Entity
@Table(name = "notice_objection")
public class Objection {

    /** Who objects. */
    public enum Kind {
        /** A unit: its name, contact and a letter with its stamp. */
        UNIT,
        /** A person: real name, ID number and contact. */
        PERSON
    }

    /** Where an objection is. */
    public enum State {
        /** Filed on the public page; the bureau has not received it yet. */
        FILED,
        /** Received: its application is in the policy's objection stage. */
        RECEIVED,
        /** Upheld: the application is not recognised. */
        UPHELD,
        /** Dismissed: the application goes on. */
        DISMISSED;

        /** Whether the bureau has still to decide on it. */
        public boolean open() {
            return this == FILED || this == RECEIVED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "notice_id", nullable = false, updatable = false)
    private long noticeId;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "objector_kind", nullable = false, length = 8, updatable = false)
    private Kind kind;

    @Column(name = "objector_name", nullable = false, length = 100, updatable = false)
    private String objectorName;

    @Column(name = "id_number", length = 18, updatable = false)
    private @Nullable String idNumber;

    @Column(nullable = false, length = 100, updatable = false)
    private String contact;

    @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
    private String content;

    @Column(name = "letter_name", length = 255)
    private @Nullable String letterName;

    @Column(name = "letter_stored", length = 255)
    private @Nullable String letterStored;

    @Column(name = "evidence_name", length = 255)
    private @Nullable String evidenceName;

    @Column(name = "evidence_stored", length = 255)
    private @Nullable String evidenceStored;

    @Column(name = "source_address", nullable = false, length = 64, updatable = false)
    private String sourceAddress;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(name = "filed_on", nullable = false, updatable = false)
    private LocalDate filedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(length = 4000)
    private @Nullable String reasons;

    @Column(name = "reply_name", length = 255)
    private @Nullable String replyName;

    @Column(name = "reply_stored", length = 255)
    private @Nullable String replyStored;

    @Column(name = "handled_at")
    private @Nullable Instant handledAt;

    @Column(name = "handled_by", length = 64)
    private @Nullable String handledBy;

    protected Objection() {
    }

    Objection(NoticeEntry entry, ObjectionForm form, String sourceAddress, Instant now, LocalDate today) {
        this.noticeId = entry.getNotice().getId();
        this.entryId = entry.getId();
        this.applicationId = entry.getApplicationId();
        this.kind = form.kind();
        this.objectorName = form.name().strip();
        this.idNumber = form.kind() == Kind.PERSON ? form.idNumber().strip().toUpperCase(java.util.Locale.ROOT) : null;
        this.contact = form.contact().strip();
        this.content = form.content().strip();
        this.sourceAddress = sourceAddress;
        this.filedAt = now;
        this.filedOn = today;
        this.state = State.FILED;
    }

    void letter(String name, String stored) {
        this.letterName = name;
        this.letterStored = stored;
    }

    void evidence(String name, String stored) {
        this.evidenceName = name;
        this.evidenceStored = stored;
    }

    void received(Instant now, String actor) {
        this.state = State.RECEIVED;
        this.handledAt = now;
        this.handledBy = actor;
    }

    void decided(boolean upheld, String why, String reply, String replyFile, Instant now, String actor) {
        this.state = upheld ? State.UPHELD : State.DISMISSED;
        this.reasons = why;
        this.replyName = reply;
        this.replyStored = replyFile;
        this.handledAt = now;
        this.handledBy = actor;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public long getEntryId() {
        return entryId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public Kind getKind() {
        return kind;
    }

    String getObjectorName() {
        return objectorName;
    }

    @Nullable String getIdNumber() {
        return idNumber;
    }

    String getContact() {
        return contact;
    }

    public String getContent() {
        return content;
    }

    @Nullable String getLetterName() {
        return letterName;
    }

    @Nullable String getLetterStored() {
        return letterStored;
    }

    @Nullable String getEvidenceName() {
        return evidenceName;
    }

    @Nullable String getEvidenceStored() {
        return evidenceStored;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public State getState() {
        return state;
    }

    public @Nullable String getReasons() {
        return reasons;
    }

    public @Nullable String getReplyName() {
        return replyName;
    }

    @Nullable String getReplyStored() {
        return replyStored;
    }
}

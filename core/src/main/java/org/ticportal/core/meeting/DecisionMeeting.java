package org.ticportal.core.meeting;

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
 * A meeting of the decision body (党组会议) of a jurisdiction's authority: planned with a title and a date, its agenda
 * built from applications ready for decision; once held, its minutes number, the minutes file and every application's
 * decision are recorded together, and it is no longer changed.
 */
@Entity
@Table(name = "decision_meeting")
public class DecisionMeeting {

    /** Where a meeting is. */
    public enum State {
        /** The agenda is being built; nothing is decided yet. */
        PLANNED,
        /** The meeting's decisions are recorded on their applications. */
        RECORDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "jurisdiction_code", nullable = false, length = 16, updatable = false)
    private String jurisdictionCode;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "minutes_number", length = 50)
    private @Nullable String minutesNumber;

    @Column(name = "minutes_name", length = 255)
    private @Nullable String minutesName;

    @Column(name = "minutes_stored", length = 255)
    private @Nullable String minutesStored;

    @Column(name = "minutes_size")
    private @Nullable Long minutesSize;

    @Column(name = "minutes_sha256", length = 64)
    private @Nullable String minutesSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "recorded_at")
    private @Nullable Instant recordedAt;

    @Column(name = "recorded_by", length = 64)
    private @Nullable String recordedBy;

    protected DecisionMeeting() {
    }

    DecisionMeeting(String jurisdictionCode, String title, LocalDate meetingDate, Instant now, String actor) {
        this.jurisdictionCode = jurisdictionCode;
        this.title = title;
        this.meetingDate = meetingDate;
        this.state = State.PLANNED;
        this.createdAt = now;
        this.createdBy = actor;
    }

    void plan(String newTitle, LocalDate newDate) {
        this.title = newTitle;
        this.meetingDate = newDate;
    }

    void minutes(String fileName, String stored, long size, String sha256) {
        this.minutesName = fileName;
        this.minutesStored = stored;
        this.minutesSize = size;
        this.minutesSha256 = sha256;
    }

    void recorded(LocalDate heldOn, String number, Instant now, String actor) {
        this.meetingDate = heldOn;
        this.minutesNumber = number;
        this.state = State.RECORDED;
        this.recordedAt = now;
        this.recordedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public @Nullable String getMinutesNumber() {
        return minutesNumber;
    }

    public @Nullable String getMinutesName() {
        return minutesName;
    }

    @Nullable String getMinutesStored() {
        return minutesStored;
    }

    public @Nullable Long getMinutesSize() {
        return minutesSize;
    }

    public State getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public @Nullable Instant getRecordedAt() {
        return recordedAt;
    }

    public @Nullable String getRecordedBy() {
        return recordedBy;
    }
}

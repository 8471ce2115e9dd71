package org.ticportal.core.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A year whose calendar is loaded, with where it came from (e.g. the State Council notice of 2025-11-04), who loaded
 * it, and who last edited it by hand (cleared when the year is imported again).
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

    /** The longest source note. */
    public static final int MAX_SOURCE = 500;

    @Id
    private Integer year;

    @Version
    private long version;

    @Column(nullable = false, length = MAX_SOURCE)
    private String source;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "loaded_by", nullable = false, length = 64)
    private String loadedBy;

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    @Column(name = "updated_by", length = 64)
    private @Nullable String updatedBy;

    protected CalendarYear() {
    }

    CalendarYear(int year, String source, Instant loadedAt, String loadedBy) {
        this.year = year;
        this.source = source;
        this.loadedAt = loadedAt;
        this.loadedBy = loadedBy;
    }

    public int getYear() {
        return year;
    }

    public long getVersion() {
        return version;
    }

    public String getSource() {
        return source;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }

    public String getLoadedBy() {
        return loadedBy;
    }

    /** When an administrator last edited the year by hand since it was loaded, or {@code null}. */
    public @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Who last edited the year by hand since it was loaded, or {@code null}. */
    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    /** Whether an administrator changed the year by hand after it was loaded. */
    public boolean isEdited() {
        return updatedAt != null;
    }

    void reload(String source, Instant at, String by) {
        this.source = source;
        this.loadedAt = at;
        this.loadedBy = by;
        this.updatedAt = null;
        this.updatedBy = null;
    }

    void edited(Instant at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    void changeSource(String source, Instant at, String by) {
        this.source = source;
        edited(at, by);
    }
}

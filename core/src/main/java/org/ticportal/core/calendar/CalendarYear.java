package org.ticportal.core.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A year whose calendar is loaded, with where it came from (e.g. the State Council notice of 2025-11-04). */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

    @Id
    private Integer year;

    @Version
    private long version;

    @Column(nullable = false, length = 500)
    private String source;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "loaded_by", nullable = false, length = 64)
    private String loadedBy;

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

    void reload(String source, Instant at, String by) {
        this.source = source;
        this.loadedAt = at;
        this.loadedBy = by;
    }
}

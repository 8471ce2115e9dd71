package org.ticportal.core.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A special day: a holiday, or a weekend day that is a make-up working day. Other days follow the week. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    /** The longest holiday name. */
    public static final int MAX_NAME = 100;

    @Id
    private LocalDate day;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DayKind kind;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, DayKind kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getDay() {
        return day;
    }

    public long getVersion() {
        return version;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    void change(DayKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }
}

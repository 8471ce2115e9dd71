package org.ticportal.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test moves, so that a notice can end or a time limit pass without waiting: the portal's clock in an
 * {@link IntegrationTest} that imports {@link Config}, or one handed to the class under test. By default its zone is
 * UTC and it stands at 02:00 of 2026-09-24; {@link #set} puts it at 02:00 of a day (10:00 in China: the same day
 * there), {@link #move} on or back by a duration.
 */
public final class MovableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MovableClock() {
        this(Instant.parse("2026-09-24T02:00:00Z"), ZoneOffset.UTC);
    }

    public MovableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Moves the clock to 02:00 of the day. */
    public void set(LocalDate day) {
        now = day.atTime(2, 0).toInstant(ZoneOffset.UTC);
    }

    /** Moves the clock on by the duration (back, when it is negative). */
    public void move(Duration duration) {
        now = now.plus(duration);
    }

    /** Makes the movable clock the portal's clock. */
    @TestConfiguration
    public static class Config {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}

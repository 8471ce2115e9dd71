package org.ticportal.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test moves, so that a notice can end: the portal's clock in an {@link IntegrationTest} that imports
 * {@link Config}. Its zone is UTC and it stands at 02:00 of the day set (10:00 in China: the same day there).
 */
public final class MovableClock extends Clock {

    private volatile Instant now = Instant.parse("2026-09-24T02:00:00Z");

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
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

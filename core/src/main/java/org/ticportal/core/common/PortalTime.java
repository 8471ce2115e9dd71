package org.ticportal.core.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * The portal's time zone ({@code ticportal.zone}, default {@code Asia/Shanghai}: the measures count in China's time)
 * and the conversions between moments and the local times users enter and read (a call's open and close times, "today"
 * of a step's date). The zone is the portal clock's zone, never the JVM's default: a server whose operating system runs
 * in UTC (a CI machine, a container) still closes a call at 17:30 China's time and dates a step on China's day.
 */
@Component
public class PortalTime {

    private final Clock clock;

    PortalTime(Clock clock) {
        this.clock = clock;
    }

    /** The zone local times are entered and shown in. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Now. */
    public Instant now() {
        return clock.instant();
    }

    /** Today in the portal's zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A moment given as a local time of the portal's zone (as entered on a screen). */
    public Instant instant(LocalDateTime local) {
        return local.atZone(zone()).toInstant();
    }

    /** A moment as a local time of the portal's zone (as shown on a screen). */
    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone());
    }
}

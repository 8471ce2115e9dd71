package org.ticportal.core.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per source address in a sliding window, for the public pages' abuse limits (registration, objections
 * to a notice). In memory: a restart forgets them, which is acceptable for a limit that only slows abuse down.
 */
public final class AttemptWindow {

    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    public AttemptWindow(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records an attempt from the address; false when the address has made {@code max} attempts within
     * {@code window} already.
     */
    public boolean tryAttempt(String address, int max, Duration window) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        Deque<Instant> times = attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                return false;
            }
            times.addLast(now);
        }
        if (attempts.size() > 10_000) {
            attempts.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || !e.getValue().peekLast().isAfter(since);
                }
            });
        }
        return true;
    }

    /**
     * How long the address has to wait before its next attempt fits into the window again (zero when it may try now):
     * for a {@code Retry-After} answer.
     */
    public Duration wait(String address, int max, Duration window) {
        Deque<Instant> times = attempts.get(address);
        if (times == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        synchronized (times) {
            if (times.size() < max || times.isEmpty()) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(now, times.peekFirst().plus(window));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }
}

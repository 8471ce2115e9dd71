package org.ticportal.core.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts registration attempts per source address in a sliding window (in memory: a restart forgets them, which
 * is acceptable for a limit that only slows abuse down).
 */
@Component
class RegistrationLimiter {

    private final RegistrationProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    RegistrationLimiter(RegistrationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Records an attempt from the address; false when the address has used up its attempts in the window. */
    boolean tryAttempt(String address) {
        Instant now = clock.instant();
        Instant since = now.minus(properties.window());
        Deque<Instant> times = attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.pollFirst();
            }
            if (times.size() >= properties.maxAttemptsPerAddress()) {
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
}

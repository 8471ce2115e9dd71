package org.ticportal.core;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition another thread or process brings about (a restart counted, a readiness state, a writer's
 * progress) instead of sleeping for a guessed time: returns as soon as the condition holds, and fails naming it when
 * it does not hold within the timeout. The timeout is a safety net for a broken behaviour, not a measure of it.
 */
public final class Await {

    private static final Duration POLL = Duration.ofMillis(20);

    private Await() {
    }

    /**
     * @param what the condition, as the failure names it ("the supervisor restarted the database")
     * @param timeout how long to wait at most
     * @param condition checked until true
     * @throws AssertionError when the condition is still false after the timeout
     */
    public static void until(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Waited " + timeout + " for " + what + ", in vain");
            }
            Thread.sleep(POLL); // the pause between two checks only; what the caller waits for is the condition
        }
    }
}

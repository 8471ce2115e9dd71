package org.ticportal.core.registration;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.ticportal.core.common.AttemptWindow;

/** Counts registration attempts per source address in a sliding window ({@link AttemptWindow}). */
@Component
class RegistrationLimiter {

    private final RegistrationProperties properties;
    private final AttemptWindow window;

    RegistrationLimiter(RegistrationProperties properties, Clock clock) {
        this.properties = properties;
        this.window = new AttemptWindow(clock);
    }

    /** Records an attempt from the address; false when the address has used up its attempts in the window. */
    boolean tryAttempt(String address) {
        return window.tryAttempt(address, properties.maxAttemptsPerAddress(), properties.window());
    }
}

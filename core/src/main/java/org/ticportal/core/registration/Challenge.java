package org.ticportal.core.registration;

import java.security.SecureRandom;

/**
 * A small arithmetic question the portal asks on its public registration page instead of a third-party captcha
 * ("7 + 5 = ?"). The page keeps it in the server-side session and hands it back with the answer; each is used once.
 *
 * @param left  the first number
 * @param right the second number
 */
public record Challenge(int left, int right) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public Challenge {
        if (left < 1 || left > 20 || right < 1 || right > 20) {
            throw new IllegalArgumentException("challenge numbers are 1 to 20");
        }
    }

    /** A new random question. */
    public static Challenge next() {
        return new Challenge(1 + RANDOM.nextInt(20), 1 + RANDOM.nextInt(20));
    }

    /** Whether the text answers the question. */
    public boolean isAnsweredBy(String answer) {
        try {
            return answer != null && Integer.parseInt(answer.strip()) == left + right;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

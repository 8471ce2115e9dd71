package org.ticportal.ui;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Chinese characters of a test's own, for center names: the policy refuses a name another application or any center
 * (revoked ones included) holds, names may hold no digits or Latin letters, and the tests share one database. A
 * counter from a random start gives each call in a JVM a different suffix (random draws collided once the registry
 * held a few dozen names); the random start keeps JVMs that share a database server apart.
 */
public final class UniqueNames {

    private static final String DIGITS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";
    private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 20, 1L << 40));

    private UniqueNames() {
    }

    /** Five characters no other call in this JVM returns. */
    public static String suffix() {
        long n = NEXT.getAndIncrement();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            s.append(DIGITS.charAt((int) (n % 16)));
            n /= 16;
        }
        return s.toString();
    }
}

package org.ticportal.ui;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" as the portal counts it: in its zone (tests leave {@code ticportal.zone} at its default, China's time), not
 * the JVM's. A step's dates are checked against the portal's day, so a test typing the JVM's date would be refused
 * between 16:00 and 24:00 UTC, when China is already a day ahead.
 */
public final class PortalDay {

    /** The zone the tests' portal runs in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PortalDay() {
    }

    /** Today in the portal's zone. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}

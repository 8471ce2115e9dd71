package org.ticportal.core.center;

import java.time.LocalDate;

/**
 * Published when recognition created a center ({@link CenterRecognizer}), inside the step's transaction, for features
 * that react to a recognition (e.g. a conversion marks its engineering center converted): a listener's failure rolls
 * the step back.
 *
 * @param centerId      the new center
 * @param applicationId the application it was recognised on
 * @param name          its official name
 * @param recognizedOn  the day it was recognised
 */
public record CenterRecognized(long centerId, long applicationId, String name, LocalDate recognizedOn) {
}

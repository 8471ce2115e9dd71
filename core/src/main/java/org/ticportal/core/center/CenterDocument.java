package org.ticportal.core.center;

import java.nio.file.Path;

/**
 * A center's stored document, to download.
 *
 * @param fileName the name to save it under
 * @param file     where it is stored
 */
public record CenterDocument(String fileName, Path file) {

    /** Which of a center's documents. */
    public enum Kind {
        /** The recognition decision (认定决定). */
        DECISION,
        /** The certificate (证书). */
        CERTIFICATE
    }
}

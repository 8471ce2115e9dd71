package org.ticportal.core.unit;

import java.util.Objects;

/**
 * The scan of a unit's business licence (营业执照) or legal-person certificate, stored under the data folder.
 *
 * @param name       the file's original name
 * @param storedName where it is stored, relative to the attachments folder
 * @param mediaType  the type detected from its content
 * @param size       its size in bytes
 * @param sha256     its SHA-256, hex
 */
public record LicenceFile(String name, String storedName, String mediaType, long size, String sha256) {

    public LicenceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(storedName, "storedName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        if (size <= 0) {
            throw new IllegalArgumentException("a licence scan is not empty");
        }
    }
}

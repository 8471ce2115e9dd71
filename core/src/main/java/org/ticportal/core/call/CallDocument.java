package org.ticportal.core.call;

import java.nio.file.Path;

/**
 * A call's announcing document, opened for download.
 *
 * @param fileName its original name
 * @param size     its size in bytes
 * @param file     where it is stored
 */
public record CallDocument(String fileName, long size, Path file) {
}

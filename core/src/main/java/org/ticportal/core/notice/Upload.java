package org.ticportal.core.notice;

import java.io.InputStream;

/**
 * A file a visitor sends with an objection.
 *
 * @param fileName its name on the visitor's machine
 * @param content  its content
 */
public record Upload(String fileName, InputStream content) {
}

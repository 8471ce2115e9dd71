package org.ticportal.core.notice;

import java.nio.file.Path;

/**
 * A file of the notice feature to send.
 *
 * @param name      the name to save it as
 * @param mediaType its media type
 * @param path      where it is
 */
public record NoticeDownload(String name, String mediaType, Path path) {
}

package org.ticportal.core.change;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file of a change request to download: the written request or an approver's opinion.
 *
 * @param fileName the name it was uploaded with
 * @param path     where it is stored
 */
public record ChangeFile(String fileName, Path path) {

    public InputStream stream() throws IOException {
        return Files.newInputStream(path);
    }
}

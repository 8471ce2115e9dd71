package org.ticportal.core.db;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How the embedded server is installed and sized, beyond its data folder.
 *
 * <p>Both are for operators who run several portals (or a test suite that starts dozens of servers) on one disk:
 * the server's binaries take about 350 MB per copy and InnoDB's redo log 96 MB per database by default.
 *
 * @param binaries     a folder for the server's binaries shared by every data folder that names it, unpacked once
 *                     (under a lock, so that concurrent starts do not write the same files); {@code null}: a
 *                     private copy in {@code <data folder>/mariadb/base}
 * @param redoLogSize  InnoDB's redo log size ({@code innodb_log_file_size}, e.g. {@code 8M}); {@code null}: the
 *                     server's default
 */
record ServerOptions(@Nullable Path binaries, @Nullable String redoLogSize) {

    /** Property naming {@link #binaries()}. */
    static final String BINARIES_PROPERTY = "ticportal.embedded-db.binaries";

    /** Property naming {@link #redoLogSize()}. */
    static final String REDO_LOG_SIZE_PROPERTY = "ticportal.embedded-db.redo-log-size";

    /** Every option at its default. */
    static final ServerOptions DEFAULT = new ServerOptions(null, null);

    private static final Pattern SIZE = Pattern.compile("[1-9][0-9]{0,5}[KMG]");

    ServerOptions {
        if (redoLogSize != null && redoLogSize.isBlank()) {
            redoLogSize = null;
        }
        if (redoLogSize != null && !SIZE.matcher(redoLogSize).matches()) {
            throw new IllegalArgumentException(REDO_LOG_SIZE_PROPERTY + " must be a size such as 8M or 1G, not '"
                    + redoLogSize + "'");
        }
    }

    /**
     * The options named by properties.
     *
     * @param properties a property source, e.g. {@code System::getProperty} or a Spring environment's
     *                   {@code getProperty}; answers {@code null} for an unset property
     */
    static ServerOptions from(Function<String, @Nullable String> properties) {
        Objects.requireNonNull(properties, "properties");
        String binaries = properties.apply(BINARIES_PROPERTY);
        return new ServerOptions(binaries == null || binaries.isBlank() ? null : Path.of(binaries).toAbsolutePath(),
                properties.apply(REDO_LOG_SIZE_PROPERTY));
    }

    /** The folder the binaries go in for a server whose own folder is {@code mariadbFolder}. */
    Path binariesFor(Path mariadbFolder) {
        return binaries != null ? binaries : mariadbFolder.resolve("base");
    }

    /** Whether the binaries folder may be shared with other servers. */
    boolean sharedBinaries() {
        return binaries != null;
    }
}

package org.ticportal.core.db;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How the embedded server is installed and sized, beyond its data folder.
 *
 * <p>The first two are for operators who run several portals (or a test suite that starts dozens of servers) on one
 * disk: the server's binaries take about 350 MB per copy and InnoDB's redo log 96 MB per database by default. The
 * buffer pool is for a large portal: MariaDB's default 128 MB holds a few percent of a million applications, so that
 * a page read across them (an export, a deep page) waits on the disk for most rows (benchmark P6 in the README).
 *
 * @param binaries     a folder for the server's binaries shared by every data folder that names it, unpacked once
 *                     (under a lock, so that concurrent starts do not write the same files); {@code null}: a
 *                     private copy in {@code <data folder>/mariadb/base}
 * @param redoLogSize  InnoDB's redo log size ({@code innodb_log_file_size}, e.g. {@code 8M}); {@code null}: the
 *                     server's default
 * @param bufferPoolSize InnoDB's buffer pool ({@code innodb_buffer_pool_size}, e.g. {@code 4G}); {@code null}: the
 *                     server's default (128 MB)
 */
record ServerOptions(@Nullable Path binaries, @Nullable String redoLogSize, @Nullable String bufferPoolSize) {

    /** Property naming {@link #binaries()}. */
    static final String BINARIES_PROPERTY = "ticportal.embedded-db.binaries";

    /** Property naming {@link #redoLogSize()}. */
    static final String REDO_LOG_SIZE_PROPERTY = "ticportal.embedded-db.redo-log-size";

    /** Property naming {@link #bufferPoolSize()}. */
    static final String BUFFER_POOL_SIZE_PROPERTY = "ticportal.embedded-db.buffer-pool-size";

    /** Every option at its default. */
    static final ServerOptions DEFAULT = new ServerOptions(null, null, null);

    private static final Pattern SIZE = Pattern.compile("[1-9][0-9]{0,5}[KMG]");

    ServerOptions {
        redoLogSize = size(REDO_LOG_SIZE_PROPERTY, redoLogSize);
        bufferPoolSize = size(BUFFER_POOL_SIZE_PROPERTY, bufferPoolSize);
    }

    private static @Nullable String size(String property, @Nullable String size) {
        if (size == null || size.isBlank()) {
            return null;
        }
        if (!SIZE.matcher(size).matches()) {
            throw new IllegalArgumentException(property + " must be a size such as 8M or 1G, not '" + size + "'");
        }
        return size;
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
                properties.apply(REDO_LOG_SIZE_PROPERTY), properties.apply(BUFFER_POOL_SIZE_PROPERTY));
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

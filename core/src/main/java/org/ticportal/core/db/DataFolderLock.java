package org.ticportal.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * An exclusive lock on a portal data folder, held through {@code <data folder>/portal.lock} for as long as the portal
 * runs: a second portal on the same folder, in this or another process, fails with a
 * {@link DataFolderInUseException} before it touches any file.
 *
 * <p>The operating system drops the lock when the process ends, even on {@code kill -9}, so a crash never leaves a
 * stale lock behind. Within one JVM the held folders are also tracked in memory: the JDK warns that closing a second
 * channel on a locked file may release the first channel's lock, so a second attempt here never opens one.
 */
public final class DataFolderLock implements AutoCloseable {

    /** Name of the lock file in the data folder. */
    public static final String LOCK_FILE_NAME = "portal.lock";

    private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path dataFolder;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DataFolderLock(Path dataFolder, Path lockFile, FileChannel channel, FileLock lock) {
        this.dataFolder = dataFolder;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the data folder if needed and locks it.
     *
     * @param dataFolder the portal data folder, absolute or relative to the working directory
     * @return the held lock; close it to release the folder
     * @throws DataFolderInUseException if another portal holds the folder
     * @throws UncheckedIOException if the folder or its lock file cannot be created
     */
    public static DataFolderLock acquire(Path dataFolder) {
        Path folder = realFolder(dataFolder);
        Path lockFile = folder.resolve(LOCK_FILE_NAME);
        if (!HELD_IN_THIS_JVM.add(folder)) {
            throw new DataFolderInUseException(folder, lockFile);
        }
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new DataFolderInUseException(folder, lockFile);
            }
            return new DataFolderLock(folder, lockFile, channel, lock);
        } catch (IOException e) {
            HELD_IN_THIS_JVM.remove(folder);
            throw new UncheckedIOException("Cannot lock data folder " + folder + " through " + lockFile, e);
        } catch (RuntimeException e) {
            HELD_IN_THIS_JVM.remove(folder);
            throw e;
        }
    }

    private static Path realFolder(Path dataFolder) {
        try {
            return Files.createDirectories(dataFolder.toAbsolutePath().normalize()).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data folder " + dataFolder.toAbsolutePath(), e);
        }
    }

    private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** @return the locked data folder, absolute and with symbolic links resolved */
    public Path dataFolder() {
        return dataFolder;
    }

    /** @return the lock file inside the data folder */
    public Path lockFile() {
        return lockFile;
    }

    /** @return whether this lock is still held */
    public boolean isHeld() {
        return lock.isValid();
    }

    /** Releases the lock; the lock file itself stays, so that it is never deleted under another portal's lock. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the lock on " + lockFile, e);
        } finally {
            HELD_IN_THIS_JVM.remove(dataFolder);
        }
    }
}

package org.ticportal.core.db;

import java.nio.file.Path;

/**
 * Thrown when the data folder is already locked by another running TIC Portal, so that two portals never share one
 * set of database files.
 */
public class DataFolderInUseException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Path dataFolder;
    private final transient Path lockFile;

    /**
     * Creates the exception for a data folder whose lock file is held elsewhere.
     *
     * @param dataFolder the absolute data folder
     * @param lockFile the lock file inside it
     */
    public DataFolderInUseException(Path dataFolder, Path lockFile) {
        super("Another TIC Portal is already running on data folder " + dataFolder + " (lock file " + lockFile
                + " held). Stop it first or set ticportal.data-dir to another folder.");
        this.dataFolder = dataFolder;
        this.lockFile = lockFile;
    }

    /** @return the absolute data folder that is in use */
    public Path getDataFolder() {
        return dataFolder;
    }

    /** @return the lock file that another portal holds */
    public Path getLockFile() {
        return lockFile;
    }
}

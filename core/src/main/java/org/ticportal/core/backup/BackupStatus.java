package org.ticportal.core.backup;

/** Where a backup stands. */
public enum BackupStatus {
    /** Being written now. */
    RUNNING,
    /** A complete archive with a readable manifest. */
    COMPLETE,
    /** The run failed; no archive was kept. */
    FAILED,
    /** An archive whose manifest cannot be read. */
    DAMAGED
}

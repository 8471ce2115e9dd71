package org.ticportal.core.backup;

/**
 * How far a backup got.
 *
 * @param phase what it is doing
 * @param done  files written in the {@link Phase#FILES} phase
 * @param total files to write (0 before the files are counted)
 */
public record BackupProgress(Phase phase, long done, long total) {

    public BackupProgress {
        if (done < 0 || total < 0 || done > total) {
            throw new IllegalArgumentException("bad progress " + done + "/" + total);
        }
    }

    /** @return the fraction done, 0 to 1; 0 while the database is dumped */
    public double fraction() {
        return phase == Phase.DONE ? 1 : total == 0 ? 0 : (double) done / total;
    }

    /** The phases of a backup. */
    public enum Phase {
        /** The database dump runs (its length is unknown beforehand). */
        DATABASE,
        /** The files are copied. */
        FILES,
        /** The archive is complete. */
        DONE
    }
}

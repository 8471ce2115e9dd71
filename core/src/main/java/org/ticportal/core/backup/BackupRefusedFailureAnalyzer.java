package org.ticportal.core.backup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints what an operator needs when a restore at start-up is refused (damaged archive, newer schema, not empty). */
class BackupRefusedFailureAnalyzer extends AbstractFailureAnalyzer<BackupRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BackupRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(), "Nothing was restored unless the message says so. See README.md,"
                + " \"Backups and restore\"; start without --ticportal.restore to run on the data as it is.", cause);
    }
}

package org.ticportal.core.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the one thing an operator needs when a second portal is started on a data folder in use. */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the other TIC Portal first, or start this one with another data folder "
                        + "(--ticportal.data-dir=/path or TICPORTAL_DATA_DIR).", cause);
    }
}

package org.ticportal.core.application;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.BusinessException;
import org.ticportal.policy.api.LocalizedText;

/**
 * A step was refused because something it requires is missing. Each reason cites the article that requires it;
 * when the eligibility check blocked, its report is attached.
 */
public class WorkflowRefusedException extends BusinessException {

    private final transient List<LocalizedText> reasons;
    private final transient @Nullable EligibilityReport report;

    public WorkflowRefusedException(List<LocalizedText> reasons, @Nullable EligibilityReport report) {
        super("workflow.refused", String.join("; ", reasons.stream().map(LocalizedText::zh).toList()));
        this.reasons = List.copyOf(reasons);
        this.report = report;
    }

    public List<LocalizedText> getReasons() {
        return reasons;
    }

    public @Nullable EligibilityReport getReport() {
        return report;
    }
}

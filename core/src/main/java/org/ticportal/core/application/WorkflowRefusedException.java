package org.ticportal.core.application;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.policy.api.LocalizedText;

/**
 * A step was refused because something it requires is missing. Each reason cites the article that requires it;
 * when the eligibility check blocked, its report is attached.
 */
public class WorkflowRefusedException extends BusinessException {

    private final transient List<LocalizedText> reasons;
    private final transient @Nullable EligibilityReport report;

    public WorkflowRefusedException(List<LocalizedText> reasons, @Nullable EligibilityReport report) {
        super("workflow.refused", reasons.isEmpty() ? "" : joined(reasons));
        this.reasons = List.copyOf(reasons);
        this.report = report;
    }

    /** The reasons as one text, separated as each language separates the items of a list. */
    private static LocalizedText joined(List<LocalizedText> reasons) {
        return new LocalizedText(join(reasons, Locale.SIMPLIFIED_CHINESE), join(reasons, Locale.ENGLISH));
    }

    private static String join(List<LocalizedText> reasons, Locale locale) {
        return String.join(CoreMessages.format("workflow.refused.separator", locale),
                reasons.stream().map(r -> r.get(locale)).toList());
    }

    public List<LocalizedText> getReasons() {
        return reasons;
    }

    public @Nullable EligibilityReport getReport() {
        return report;
    }
}

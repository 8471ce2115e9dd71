package org.ticportal.core.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Stage;

/**
 * An application with its form values, for its own screen: read from one load of its case file, with the steps the
 * user may take now and, when asked for, the eligibility check.
 *
 * @param row                    what lists show
 * @param values                 the form values by field key (files as attachment ids per field)
 * @param explanations           the applicant's explanations of warnings, by rule id
 * @param stageName              the current stage's name, or {@code null} when the pinned policy cannot be read
 * @param noticeStart            the first day of its public notice
 * @param noticeEnd              the last day of its public notice
 * @param noticeEndProvisional   whether that last day is provisional (the calendar of its year is not loaded)
 * @param stages                 the pinned procedure's stages, for a progress display
 * @param stepNames              the names of the pinned procedure's steps, by code, for its history
 * @param editable               whether the current user may change the application form now (its applicant, while
 *                               it is an open draft)
 * @param actions                the steps the current user may take now (none on a closed application), or
 *                               {@code null} when the pinned policy cannot say ({@code ApplicationService.actions}
 *                               tells why)
 * @param eligibility            the eligibility self-check as the data stands now, when it was asked for and could
 *                               run; else {@code null} ({@code ApplicationService.eligibility} runs it)
 */
public record ApplicationDetail(ApplicationRow row, Map<String, Object> values, Map<String, String> explanations,
                                @Nullable LocalizedText stageName, @Nullable LocalDate noticeStart,
                                @Nullable LocalDate noticeEnd, boolean noticeEndProvisional, List<Stage> stages,
                                Map<String, LocalizedText> stepNames, boolean editable,
                                @Nullable List<AvailableAction> actions, @Nullable EligibilityReport eligibility) {

    public ApplicationDetail {
        values = Map.copyOf(values);
        explanations = Map.copyOf(explanations);
        stages = List.copyOf(stages);
        stepNames = Map.copyOf(stepNames);
        actions = actions == null ? null : List.copyOf(actions);
    }

    /** A step of the application's history by its name, in both languages (the portal's own steps included). */
    public LocalizedText stepLabel(ApplicationStep step) {
        return CaseHistory.label(step, stepNames);
    }

    /** A stage's name by its code, or the code when the pinned procedure does not know it. */
    public LocalizedText stageName(String code) {
        return stages.stream().filter(s -> s.code().equals(code)).findFirst().map(Stage::name)
                .orElse(new LocalizedText(code, code));
    }
}

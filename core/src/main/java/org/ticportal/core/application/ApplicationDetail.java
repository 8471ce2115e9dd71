package org.ticportal.core.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Stage;

/**
 * An application with its form values, for its own screen.
 *
 * @param row                    what lists show
 * @param values                 the form values by field key
 * @param explanations           the applicant's explanations of warnings, by rule id
 * @param stageName              the current stage's name, or {@code null} when the pinned policy cannot be read
 * @param noticeStart            the first day of its public notice
 * @param noticeEnd              the last day of its public notice
 * @param noticeEndProvisional   whether that last day is provisional (the calendar of its year is not loaded)
 * @param stages                 the pinned procedure's stages, for a progress display
 */
public record ApplicationDetail(ApplicationRow row, Map<String, Object> values, Map<String, String> explanations,
                                @Nullable LocalizedText stageName, @Nullable LocalDate noticeStart,
                                @Nullable LocalDate noticeEnd, boolean noticeEndProvisional, List<Stage> stages) {

    public ApplicationDetail {
        values = Map.copyOf(values);
        explanations = Map.copyOf(explanations);
        stages = List.copyOf(stages);
    }
}

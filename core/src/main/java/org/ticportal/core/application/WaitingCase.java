package org.ticportal.core.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * An application that waits for the logged-in user (我的待办): the steps they may take on it now, since when it waits
 * in its stage and until when the stage's time limit runs.
 *
 * @param id          the application
 * @param referenceNo its reference number
 * @param title       the center's name as applied for, or the applicant unit's name while none is entered
 * @param unitName    the applicant (lead) unit
 * @param stage       the stage's code
 * @param stageName   the stage's name in the pinned policy
 * @param steps       the names of the steps the user may take
 * @param since       when the application entered the stage
 * @param due         the last working day of the stage's time limit, if it has one
 * @param daysLeft    the working days left after today until {@code due} (0 on its last day and after)
 * @param overdue     whether the time limit has passed (its last day is before today)
 */
public record WaitingCase(long id, String referenceNo, String title, String unitName, String stage,
                          LocalizedText stageName, List<LocalizedText> steps, Instant since,
                          @Nullable LocalDate due, @Nullable Integer daysLeft, boolean overdue) {

    public WaitingCase {
        steps = List.copyOf(steps);
    }

    /** The title of an application as lists name it: the center's name, else its core name, else the unit's name. */
    static String titleOf(RecognitionApplication app) {
        if (app.getFullName() != null && !app.getFullName().isBlank()) {
            return app.getFullName();
        }
        if (app.getCoreName() != null && !app.getCoreName().isBlank()) {
            return app.getCoreName();
        }
        return app.getUnit().getName();
    }
}

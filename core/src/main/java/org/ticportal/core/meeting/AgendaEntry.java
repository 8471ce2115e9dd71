package org.ticportal.core.meeting;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.policy.api.LocalizedText;

/**
 * An application on a meeting's agenda.
 *
 * @param itemId      the agenda item's id
 * @param number      its number on the agenda (1, 2, …)
 * @param application the application as lists show it
 * @param stageName   the stage it is in now
 * @param options     the decisions the meeting can take on it now (the policy's steps of the decision body from its
 *                    stage), empty once decided or when it has left the stage
 * @param pending     whether the meeting has not decided it yet
 * @param decision    the decision recorded (the step's name), once decided
 * @param comment     the comment recorded with it
 */
public record AgendaEntry(long itemId, int number, ApplicationRow application, @Nullable LocalizedText stageName,
                          List<DecisionOption> options, boolean pending, @Nullable LocalizedText decision,
                          @Nullable String comment) {

    public AgendaEntry {
        options = List.copyOf(options);
    }

    /**
     * A decision the meeting can record on an application.
     *
     * @param code            the policy's step (transition) code, e.g. PASSED
     * @param name            its name (党组会议通过)
     * @param commentRequired whether the policy requires a comment with it (e.g. why it did not pass)
     */
    public record DecisionOption(String code, LocalizedText name, boolean commentRequired) {
    }
}

package org.ticportal.core.change;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a change request's history as its page shows it.
 *
 * @param id             the step's id (its file is downloaded by it)
 * @param action         what was done
 * @param actor          in which capacity: {@code APPLICANT} for the lead unit, else the chain's actor
 * @param actedBy        the user
 * @param actedAt        when
 * @param fromState      the state before, {@code null} at filing
 * @param toState        the state after
 * @param comment        the comment or reason
 * @param attachmentName the file's name, when one was given
 */
public record ChangeStepRow(long id, ChangeAction action, String actor, String actedBy, Instant actedAt,
                            @Nullable ChangeRequestState fromState, ChangeRequestState toState,
                            @Nullable String comment, @Nullable String attachmentName) {
}

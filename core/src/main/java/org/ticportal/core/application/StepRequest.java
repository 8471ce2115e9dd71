package org.ticportal.core.application;

import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.user.AccessScope;

/**
 * A step someone asks the workflow engine to take on an application.
 *
 * @param scope      the acting user's scope, or {@code null} when the portal itself acts
 * @param transition the transition's code
 * @param comment    the actor's comment, if any
 * @param input      what the actor entered on the step's form (empty when it has none)
 * @param panelHead  whether the user acts as the head of the application's expert panel (checked by the caller):
 *                   then they may take the expert panel's steps, and only those
 */
record StepRequest(@Nullable AccessScope scope, String transition, @Nullable String comment, Map<String, ?> input,
                   boolean panelHead) {

    StepRequest(@Nullable AccessScope scope, String transition, @Nullable String comment, Map<String, ?> input) {
        this(scope, transition, comment, input, false);
    }

    StepRequest {
        Objects.requireNonNull(transition, "transition");
        input = input == null ? Map.of() : input;
    }

    /** A step the portal takes itself ({@code SYSTEM} actor), without comment or form. */
    static StepRequest bySystem(String transition) {
        return new StepRequest(null, transition, null, Map.of());
    }
}

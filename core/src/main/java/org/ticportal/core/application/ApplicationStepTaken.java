package org.ticportal.core.application;

import org.jspecify.annotations.Nullable;

/**
 * Published after an application took a step (and the step was committed with it), for those who react to steps:
 * notifications of the next actor, statistics.
 *
 * @param applicationId  the application
 * @param transitionCode the step's code
 * @param fromStage      the stage it left, or {@code null} when it was filed
 * @param toStage        the stage it entered
 * @param actor          who took it
 */
public record ApplicationStepTaken(long applicationId, String transitionCode, @Nullable String fromStage,
                                   String toStage, String actor) {
}

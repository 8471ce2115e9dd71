package org.ticportal.core.application;

import java.util.List;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Actor;

/**
 * A step the current user may take on an application now, as the pinned policy defines it.
 *
 * @param code            the transition's code
 * @param name            its name (推荐上报)
 * @param actor           who takes it
 * @param toStage         the stage it leads to
 * @param toStageName     that stage's name
 * @param formCode        the form the actor fills in, or empty
 * @param commentRequired whether a comment is required
 * @param requirements    everything it requires, in words
 * @param article         the article it follows
 */
public record AvailableAction(String code, LocalizedText name, Actor actor, String toStage, LocalizedText toStageName,
                              String formCode, boolean commentRequired, List<Requirement> requirements,
                              String article) {

    public AvailableAction {
        requirements = List.copyOf(requirements);
    }
}

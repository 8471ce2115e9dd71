package org.ticportal.core.application;

import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Guard;

/**
 * One thing a step requires, as the policy states it and as a user reads it.
 *
 * @param guard the policy's guard
 * @param text  what it requires, naming a field by its label and evidence by its name, with the article
 *              (已填写“推荐文件文号”（第九条第（一）项）)
 */
public record Requirement(Guard guard, LocalizedText text) {

    public Requirement {
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(text, "text");
    }
}

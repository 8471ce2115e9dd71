package org.ticportal.core.application;

import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;

/**
 * A stage to filter applications by: its code and its name (the names of the policies that have a stage of this
 * code, when they differ).
 *
 * @param code the stage code
 * @param name what users read
 */
public record StageOption(String code, LocalizedText name) {

    public StageOption {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}

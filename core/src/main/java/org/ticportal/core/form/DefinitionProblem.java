package org.ticportal.core.form;

import java.util.List;

/**
 * Something wrong with a form definition.
 *
 * @param messageKey the portal's message key, {@code formDefinition.<what>}
 * @param arguments  the keys and values it names (the field's key first)
 * @param english    the same in English, for developers and logs
 */
public record DefinitionProblem(String messageKey, List<String> arguments, String english) {

    public DefinitionProblem {
        arguments = List.copyOf(arguments);
    }
}

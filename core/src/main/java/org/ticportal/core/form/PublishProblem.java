package org.ticportal.core.form;

import java.util.List;

/**
 * Why a form version cannot be published, as a message key of the portal's bundles with its arguments.
 *
 * @param messageKey e.g. {@code formVersion.ruleField}
 * @param arguments  the values the message names (rule id, article, field key …)
 */
public record PublishProblem(String messageKey, List<String> arguments) {

    public PublishProblem {
        arguments = List.copyOf(arguments);
    }

    static PublishProblem of(String messageKey, String... arguments) {
        return new PublishProblem(messageKey, List.of(arguments));
    }
}

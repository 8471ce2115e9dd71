package org.ticportal.core.form;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * What is wrong with one value, shown beside the field.
 *
 * @param fieldKey   the field's key; for a table cell {@code table[row].column} (row from 1)
 * @param messageKey the message's key in the portal's bundles (e.g. {@code form.min})
 * @param arguments  the message's arguments
 * @param message    the form's own message (a pattern's {@code patternMessage}), which wins when present
 */
public record FieldProblem(String fieldKey, String messageKey, List<Object> arguments,
                           @Nullable LocalizedText message) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(String fieldKey, String messageKey, Object... arguments) {
        return new FieldProblem(fieldKey, messageKey, List.of(arguments), null);
    }
}

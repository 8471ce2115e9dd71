package org.ticportal.core.conversion;

import java.util.List;

/**
 * A row the engineering center import refused, and why.
 *
 * @param row        its number in the sheet (the header is row 1)
 * @param messageKey the reason's key in core's bundle
 * @param arguments  the reason's arguments
 */
public record ImportProblem(int row, String messageKey, List<String> arguments) {
    public ImportProblem {
        arguments = List.copyOf(arguments);
    }
}

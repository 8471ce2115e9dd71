package org.ticportal.core.form;

import java.util.List;

/** A form definition that cannot be used, with every problem found. */
public class InvalidFormDefinitionException extends IllegalArgumentException {

    private final transient List<String> problems;

    public InvalidFormDefinitionException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> getProblems() {
        return problems;
    }
}

package org.ticportal.core.form;

import java.util.List;

import org.ticportal.core.common.BusinessException;

/** Values were refused: each problem names its field. Nothing was saved. */
public class FormValidationException extends BusinessException {

    private final transient List<FieldProblem> problems;

    public FormValidationException(List<FieldProblem> problems) {
        super("form.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }
}

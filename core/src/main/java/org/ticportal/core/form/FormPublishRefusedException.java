package org.ticportal.core.form;

import java.util.List;

import org.ticportal.core.common.BusinessException;

/** A form version that cannot be published, with every reason. */
public class FormPublishRefusedException extends BusinessException {

    private final transient List<PublishProblem> problems;

    public FormPublishRefusedException(List<PublishProblem> problems) {
        super("formVersion.publishRefused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<PublishProblem> problems() {
        return problems;
    }
}

package org.ticportal.core.meeting;

import java.util.List;

import org.ticportal.core.common.BusinessException;

/**
 * Applications could not be added to an agenda or decided, and so nothing was: each refusal names the application and
 * why (its cause, e.g. the workflow's refusal citing its article).
 */
public class MeetingRefusedException extends BusinessException {

    private final transient List<Refusal> refusals;

    public MeetingRefusedException(List<Refusal> refusals) {
        super("meeting.refused", refusals.size());
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> getRefusals() {
        return refusals;
    }

    /**
     * One application refused.
     *
     * @param referenceNo the application's reference number
     * @param cause       why
     */
    public record Refusal(String referenceNo, RuntimeException cause) {
    }
}

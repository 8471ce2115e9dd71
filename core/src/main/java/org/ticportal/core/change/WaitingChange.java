package org.ticportal.core.change;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Actor;

/**
 * A change request that waits for the logged-in user (我的待办): its current approval step is theirs, or, returned,
 * it waits for its lead unit to revise and file it again. Change requests have no time limit.
 *
 * @param id         the request
 * @param centerName the center's name when filed
 * @param typeName   the change type's name
 * @param returned   whether it was returned to the lead unit (to revise), else it waits for an approval step
 * @param approver   whom the step is for (while reviewed), else {@code null}
 * @param stepNo     the step's number in the approval chain, from 1 (0 when returned)
 * @param steps      how many steps the chain has
 * @param since      when it last moved (filed, approved at the previous step, returned)
 */
public record WaitingChange(long id, String centerName, LocalizedText typeName, boolean returned,
                            @Nullable Actor approver, int stepNo, int steps, Instant since) {

    public WaitingChange {
        if (id < 1 || centerName.isBlank() || steps < 1) {
            throw new IllegalArgumentException("a change request waits with its id, center and chain");
        }
        if (returned != (approver == null) || !returned && (stepNo < 1 || stepNo > steps)) {
            throw new IllegalArgumentException("a reviewed request waits at a step of its chain: " + stepNo);
        }
    }

    /**
     * The change requests waiting for the user, at most the limit asked for, longest waiting first.
     *
     * @param rows the requests
     * @param more whether more wait than the list holds (the user finds them in 变更申请)
     */
    public record WaitingList(List<WaitingChange> rows, boolean more) {
        public WaitingList {
            rows = List.copyOf(rows);
        }
    }
}

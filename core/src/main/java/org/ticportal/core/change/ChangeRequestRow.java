package org.ticportal.core.change;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Actor;

/**
 * A change request as the grid and its page show it.
 *
 * @param id              its id
 * @param version         its version (for optimistic locking)
 * @param centerId        the center
 * @param centerName      the center's name when filed
 * @param unitId          the lead unit that filed it
 * @param typeCode        the change type's code
 * @param typeName        the change type's name
 * @param chain           who approves, in order
 * @param state           where it stands
 * @param currentActor    whom it waits for (while reviewed)
 * @param baseVersionNo   the profile version it changes
 * @param proposal        what it proposes
 * @param proposedName    a rename's full new name
 * @param reason          why
 * @param letterName      the written request's file name
 * @param resultVersionNo the profile version its approval recorded
 * @param createdBy       who filed it
 * @param createdAt       when
 * @param updatedAt       when it last moved
 */
public record ChangeRequestRow(long id, long version, long centerId, String centerName, long unitId, String typeCode,
                               LocalizedText typeName, List<Actor> chain, ChangeRequestState state,
                               @Nullable Actor currentActor, int baseVersionNo, ChangeProposal proposal,
                               @Nullable String proposedName, String reason, String letterName,
                               @Nullable Integer resultVersionNo, String createdBy, Instant createdAt,
                               Instant updatedAt) {

    static ChangeRequestRow of(ChangeRequest r) {
        return new ChangeRequestRow(r.getId(), r.getVersion(), r.getCenterId(), r.getCenterName(), r.getUnitId(),
                r.getTypeCode(), r.getTypeName(), r.chain(), r.getState(), r.currentActor(), r.getBaseVersionNo(),
                ChangeJson.read(r.getProposedJson()), r.getProposedName(), r.getReason(), r.getLetterName(),
                r.getResultVersionNo(), r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedAt());
    }
}

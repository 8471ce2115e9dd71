package org.ticportal.core.application;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * An application as list screens show it.
 *
 * @param id                   its id
 * @param version              its version, for optimistic locking of the next change
 * @param referenceNo          the reference number (XINZHOU-2026-00012)
 * @param pin                  the policy and plugin version it is handled under
 * @param jurisdictionCode     the authority's jurisdiction
 * @param unitName             the applicant unit
 * @param recommendingBodyCode the body it arrives through
 * @param channel              direct or recommended
 * @param stage                the stage code it is in
 * @param stageKind            that stage's kind
 * @param stageDue             when the current stage's time limit ends, if it has one
 * @param closed               whether the procedure has ended
 * @param fullName             the center's official name, when a core name is entered
 * @param centerType           the center type's code
 * @param submittedAt          when it was first submitted
 * @param updatedAt            when it last changed
 * @param callId               the call for applications it was filed in, or {@code null}: outside calls
 */
public record ApplicationRow(long id, long version, String referenceNo, PolicyPin pin, String jurisdictionCode,
                             String unitName, String recommendingBodyCode, SubmissionChannel channel, String stage,
                             StageKind stageKind, @Nullable LocalDate stageDue, boolean closed,
                             @Nullable String fullName, @Nullable String centerType, @Nullable Instant submittedAt,
                             Instant updatedAt, @Nullable Long callId) {

    static ApplicationRow of(RecognitionApplication a) {
        return new ApplicationRow(a.getId(), a.getVersion(), a.getReferenceNo(), a.getPin(), a.getJurisdictionCode(),
                a.getUnit().getName(), a.getRecommendingBodyCode(), a.getChannel(), a.getStage(), a.getStageKind(),
                a.getStageDue(), a.isClosed(), a.getFullName(), a.getCenterType(), a.getSubmittedAt(),
                a.getUpdatedAt(), a.getCallId());
    }
}

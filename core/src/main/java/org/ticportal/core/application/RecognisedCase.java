package org.ticportal.core.application;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * What the center feature reads of an application when it enters a recognised stage: who leads it, where, under which
 * policy, and the form's values (the core name, type, cluster, co-builders).
 *
 * @param applicationId        the application
 * @param referenceNo          its reference number
 * @param pin                  the policy and plugin version it is handled under
 * @param jurisdictionCode     the authority's jurisdiction
 * @param recommendingBodyCode the body it came through
 * @param unitId               the lead unit
 * @param unitName             the lead unit's name
 * @param stageKind            the kind of the stage it is in now
 * @param coreName             the core of the center's name
 * @param values               the application form's values by field key
 * @param noticeStart          the first day of its public notice, if it had one
 * @param noticeEnd            the last day of its public notice
 */
public record RecognisedCase(long applicationId, String referenceNo, PolicyPin pin, String jurisdictionCode,
                             String recommendingBodyCode, long unitId, String unitName, StageKind stageKind,
                             @Nullable String coreName, Map<String, Object> values,
                             java.time.@Nullable LocalDate noticeStart, java.time.@Nullable LocalDate noticeEnd) {

    public RecognisedCase {
        values = Map.copyOf(values);
    }
}

package org.ticportal.core.application;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.policy.api.LocalizedText;

/**
 * What a notification about an application needs to know: whom it may concern (its unit, recommending body,
 * jurisdiction) and what to name (reference number, title, stage and time limit).
 *
 * @param id                   the application
 * @param referenceNo          its reference number
 * @param title                the center's name, or the unit's while none is entered
 * @param pin                  the policy it is pinned to
 * @param unitId               the applicant (lead) unit
 * @param recommendingBodyCode the body it arrives through
 * @param jurisdictionCode     the authority's jurisdiction
 * @param stage                the stage it is in
 * @param stageName            that stage's name
 * @param stageEnteredAt       when it entered the stage
 * @param stageDue             the stage's last working day, if it has a time limit
 * @param closed               whether its procedure has ended
 */
public record CaseFacts(long id, String referenceNo, String title, PolicyPin pin, long unitId,
                        String recommendingBodyCode, String jurisdictionCode, String stage, LocalizedText stageName,
                        Instant stageEnteredAt, @Nullable LocalDate stageDue, boolean closed) {
}

package org.ticportal.core.conversion;

import java.time.LocalDate;

import org.ticportal.policy.api.LocalizedText;

/**
 * A reward recorded for a center.
 *
 * @param code        the policy's reward code
 * @param description what the measures say
 * @param article     the article
 * @param reason      why it was granted ({@code CONVERSION})
 * @param grantedOn   the day it was granted (the center's recognition)
 */
public record CenterRewardRow(String code, LocalizedText description, String article, String reason,
                              LocalDate grantedOn) {
}

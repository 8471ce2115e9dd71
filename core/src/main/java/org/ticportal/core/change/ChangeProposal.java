package org.ticportal.core.change;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.center.CoBuilder;
import org.ticportal.core.center.Institute;

/**
 * What a change request proposes, for the parts its type affects ({@code null}: the part stays as it is). Stored as
 * the request's JSON.
 *
 * @param coreName            a rename's new core name (the policy's pattern makes the full name)
 * @param researchDirections  the new main research directions
 * @param leadUnitId          the new lead unit, a registered unit
 * @param leadUnitName        its name
 * @param leadUnitCreditCode  its unified social credit code
 * @param leadUnitBodyCode    the recommending body it is registered under
 * @param leadUnitIndependent whether the new lead unit is an independent legal person (as the lead unit declares)
 * @param coBuilders          the new co-builders
 * @param institutes          the new headquarters and specialised institutes
 */
public record ChangeProposal(@Nullable String coreName, @Nullable List<String> researchDirections,
                             @Nullable Long leadUnitId, @Nullable String leadUnitName,
                             @Nullable String leadUnitCreditCode, @Nullable String leadUnitBodyCode,
                             @Nullable Boolean leadUnitIndependent, @Nullable List<CoBuilder> coBuilders,
                             @Nullable List<Institute> institutes) {

    /** A proposal that leaves the institutes as they are (and a request stored before they were recorded). */
    public ChangeProposal(@Nullable String coreName, @Nullable List<String> researchDirections,
                          @Nullable Long leadUnitId, @Nullable String leadUnitName,
                          @Nullable String leadUnitCreditCode, @Nullable String leadUnitBodyCode,
                          @Nullable Boolean leadUnitIndependent, @Nullable List<CoBuilder> coBuilders) {
        this(coreName, researchDirections, leadUnitId, leadUnitName, leadUnitCreditCode, leadUnitBodyCode,
                leadUnitIndependent, coBuilders, null);
    }

    public ChangeProposal {
        coreName = coreName == null || coreName.isBlank() ? null : coreName.strip();
        researchDirections = researchDirections == null ? null
                : researchDirections.stream().map(String::strip).filter(d -> !d.isEmpty()).toList();
        coBuilders = coBuilders == null ? null : List.copyOf(coBuilders);
        institutes = institutes == null ? null : List.copyOf(institutes);
        if (leadUnitId != null && (leadUnitName == null || leadUnitName.isBlank())) {
            throw new IllegalArgumentException("a new lead unit needs its name");
        }
    }
}

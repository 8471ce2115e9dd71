package org.ticportal.core.change;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.center.CoBuilder;
import org.ticportal.core.center.Institute;

/**
 * What the lead unit fills in for a change request: the type and the new values of the parts it affects ({@code null}
 * where the part stays), and why.
 *
 * @param typeCode                 one of the center's policy's change types
 * @param coreName                 a rename's new core name
 * @param researchDirections       the new main research directions
 * @param newLeadUnitCreditCode    the unified social credit code of the new lead unit (a confirmed registered unit)
 * @param newLeadUnitIndependent   whether the new lead unit is an independent legal person
 * @param coBuilders               the new co-builders
 * @param reason                   why the center changes (the written request's substance)
 * @param institutes               the new headquarters and specialised institutes of a comprehensive center
 */
public record ChangeRequestDraft(String typeCode, @Nullable String coreName, @Nullable List<String> researchDirections,
                                 @Nullable String newLeadUnitCreditCode, @Nullable Boolean newLeadUnitIndependent,
                                 @Nullable List<CoBuilder> coBuilders, String reason,
                                 @Nullable List<Institute> institutes) {

    /** A request that leaves the institutes as they are. */
    public ChangeRequestDraft(String typeCode, @Nullable String coreName, @Nullable List<String> researchDirections,
                              @Nullable String newLeadUnitCreditCode, @Nullable Boolean newLeadUnitIndependent,
                              @Nullable List<CoBuilder> coBuilders, String reason) {
        this(typeCode, coreName, researchDirections, newLeadUnitCreditCode, newLeadUnitIndependent, coBuilders, reason,
                null);
    }

    public ChangeRequestDraft {
        if (typeCode == null || typeCode.isBlank()) {
            throw new IllegalArgumentException("a change request needs its type");
        }
        newLeadUnitCreditCode = newLeadUnitCreditCode == null || newLeadUnitCreditCode.isBlank() ? null
                : newLeadUnitCreditCode.strip();
        reason = reason == null ? "" : reason.strip();
    }
}

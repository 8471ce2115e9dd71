package org.ticportal.core.unit;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where a unit registered under a division belongs, as the policies in force say: the jurisdiction and the body that
 * confirms it (its registration, its change requests). The registration feature answers it from the jurisdiction's
 * active policy (units know no policies), for a division the unit asks to move to.
 */
public interface UnitDivisions {

    /**
     * The placement of a unit registered under the division: in the jurisdiction given (the unit's own), or, when
     * that is unknown, in the first running jurisdiction whose policy has the division. Empty when no policy in force
     * offers the division (unknown, retired).
     */
    Optional<Placement> place(@Nullable String jurisdictionCode, String divisionCode);

    /**
     * Where a unit belongs.
     *
     * @param jurisdictionCode   the jurisdiction whose policy has the division
     * @param confirmingBodyCode the recommending body that confirms the unit, or {@code null} when the bureau does
     *                           (municipal units, direct channel)
     */
    record Placement(String jurisdictionCode, @Nullable String confirmingBodyCode) {
    }
}

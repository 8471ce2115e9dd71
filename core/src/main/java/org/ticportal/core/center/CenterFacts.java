package org.ticportal.core.center;

import java.time.LocalDate;
import java.util.Objects;

import org.ticportal.core.plugin.PolicyPin;

/**
 * What another feature keeping records of its own about a center (its annual reports …) needs to know: who it is,
 * whose scope it is in, and the policy it was recognised under.
 *
 * @param id                   the center's id
 * @param name                 its official name
 * @param unitId               the lead unit
 * @param recommendingBodyCode the body supervising it (the lead unit's county, district or zone)
 * @param jurisdictionCode     the authority's jurisdiction
 * @param pin                  the policy and plugin version it was recognised under
 * @param recognizedOn         the day of recognition
 * @param status               where it stands
 */
public record CenterFacts(long id, String name, long unitId, String recommendingBodyCode, String jurisdictionCode,
                          PolicyPin pin, LocalDate recognizedOn, CenterStatus status) {

    public CenterFacts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(recommendingBodyCode, "recommendingBodyCode");
        Objects.requireNonNull(jurisdictionCode, "jurisdictionCode");
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(recognizedOn, "recognizedOn");
        Objects.requireNonNull(status, "status");
    }
}

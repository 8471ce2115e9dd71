package org.ticportal.core.conversion;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An engineering center of the registry as screens show it.
 *
 * @param divisionName   the division's name (Chinese), or its code when the policy no longer names it
 * @param applicationId  the conversion application filed for it, if any
 * @param centerId       the center it was converted into, once converted
 */
public record EngineeringCenterRow(long id, long version, String jurisdictionCode, String sourceCode, String name,
                                   String unitName, String creditCode, String divisionCode, String divisionName,
                                   int recognizedYear, @Nullable String documentNumber, @Nullable String field,
                                   EngineeringCenterStatus status, @Nullable Long applicationId,
                                   @Nullable Long centerId, @Nullable LocalDate convertedOn, Instant importedAt,
                                   String importedBy) {

    static EngineeringCenterRow of(EngineeringCenter e, String divisionName) {
        return new EngineeringCenterRow(e.getId(), e.getVersion(), e.getJurisdictionCode(), e.getSourceCode(),
                e.getName(), e.getUnitName(), e.getCreditCode(), e.getDivisionCode(), divisionName,
                e.getRecognizedYear(), e.getDocumentNumber(), e.getField(), e.getStatus(), e.getApplicationId(),
                e.getCenterId(), e.getConvertedOn(), e.getImportedAt(), e.getImportedBy());
    }
}

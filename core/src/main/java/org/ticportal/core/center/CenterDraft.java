package org.ticportal.core.center;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.policy.api.LocalizedText;

/**
 * A center about to be recognised, read from its application and named by the policy.
 *
 * @param applicationId        the application recognised
 * @param name                 the official name ({@code NamingRules.fullName}), without blanks
 * @param coreName             the core of the name the applicant chose
 * @param pin                  the policy it is recognised under
 * @param jurisdictionCode     the authority's jurisdiction
 * @param recommendingBodyCode the body the lead unit came through (its supervising department)
 * @param unitId               the lead unit
 * @param leadUnitName         the lead unit's name
 * @param typeCode             the center type's code
 * @param typeName             the center type's name
 * @param clusterCode          the industry cluster's code
 * @param clusterName          the industry cluster's name
 * @param coBuilders           the co-builders' names
 * @param recognizedOn         the day of recognition (the portal's day)
 * @param provisional          recognised at a stage of kind {@code PROVISIONAL}: confirmed by a later evaluation
 */
record CenterDraft(long applicationId, String name, String coreName, PolicyPin pin, String jurisdictionCode,
                   String recommendingBodyCode, long unitId, String leadUnitName, @Nullable String typeCode,
                   @Nullable LocalizedText typeName, @Nullable String clusterCode, @Nullable LocalizedText clusterName,
                   List<String> coBuilders, LocalDate recognizedOn, boolean provisional) {

    CenterDraft {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || coreName.isBlank()) {
            throw new IllegalArgumentException("a center needs a name");
        }
        coBuilders = List.copyOf(coBuilders);
    }

    /** A center recognised outright. */
    CenterDraft(long applicationId, String name, String coreName, PolicyPin pin, String jurisdictionCode,
                String recommendingBodyCode, long unitId, String leadUnitName, @Nullable String typeCode,
                @Nullable LocalizedText typeName, @Nullable String clusterCode, @Nullable LocalizedText clusterName,
                List<String> coBuilders, LocalDate recognizedOn) {
        this(applicationId, name, coreName, pin, jurisdictionCode, recommendingBodyCode, unitId, leadUnitName,
                typeCode, typeName, clusterCode, clusterName, coBuilders, recognizedOn, false);
    }
}

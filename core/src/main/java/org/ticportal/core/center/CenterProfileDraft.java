package org.ticportal.core.center;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * The content of one version of a center's profile (arts. 10–13 of the Xinzhou measures), as recognition reads it from
 * the application or the bureau records an approved change. What is not known stays {@code null} (or empty).
 *
 * @param effectiveFrom       the day this version takes effect
 * @param typeCode            the center type's code
 * @param typeName            the center type's name
 * @param leadUnitId          the lead unit (牵头建设单位)
 * @param leadUnitName        the lead unit's name
 * @param coBuilders          the co-builders with mode and contribution (art. 12)
 * @param legalForm           independent legal entity or internal unit (art. 10)
 * @param transitionTarget    for an internal unit in transition to a legal entity: the day it is to be one
 * @param director            the director's name (中心主任, art. 11)
 * @param researchDirections  the main research directions
 * @param clusterCode         the industry cluster's code
 * @param clusterName         the industry cluster's name
 * @param supervisingBodyCode the supervising department (the recommending body the lead unit came through)
 * @param institutes          a comprehensive center's headquarters and specialised R&amp;D institutes (arts. 6–7), at
 *                            most one marked as the headquarters
 * @param governance          the board, the expert committee and the charter (art. 11; the director is its own field)
 * @param publicServices      the public services offered, codes of the policy's {@code PUBLIC_SERVICES} catalog
 *                            (art. 13)
 */
public record CenterProfileDraft(LocalDate effectiveFrom, @Nullable String typeCode, @Nullable LocalizedText typeName,
                                 long leadUnitId, String leadUnitName, List<CoBuilder> coBuilders,
                                 @Nullable LegalForm legalForm, @Nullable LocalDate transitionTarget,
                                 @Nullable String director, List<String> researchDirections,
                                 @Nullable String clusterCode, @Nullable LocalizedText clusterName,
                                 @Nullable String supervisingBodyCode, List<Institute> institutes,
                                 Governance governance, List<PublicService> publicServices) {

    /** A profile without institutes, governance and public services (as recorded before they were). */
    public CenterProfileDraft(LocalDate effectiveFrom, @Nullable String typeCode, @Nullable LocalizedText typeName,
                              long leadUnitId, String leadUnitName, List<CoBuilder> coBuilders,
                              @Nullable LegalForm legalForm, @Nullable LocalDate transitionTarget,
                              @Nullable String director, List<String> researchDirections,
                              @Nullable String clusterCode, @Nullable LocalizedText clusterName,
                              @Nullable String supervisingBodyCode) {
        this(effectiveFrom, typeCode, typeName, leadUnitId, leadUnitName, coBuilders, legalForm, transitionTarget,
                director, researchDirections, clusterCode, clusterName, supervisingBodyCode, List.of(),
                Governance.NONE, List.of());
    }

    public CenterProfileDraft {
        if (effectiveFrom == null) {
            throw new IllegalArgumentException("a profile version needs the day it takes effect");
        }
        if (leadUnitName == null || leadUnitName.isBlank()) {
            throw new IllegalArgumentException("a profile needs its lead unit");
        }
        leadUnitName = leadUnitName.strip();
        typeCode = blankToNull(typeCode);
        clusterCode = blankToNull(clusterCode);
        director = blankToNull(director);
        supervisingBodyCode = blankToNull(supervisingBodyCode);
        if (typeName != null && typeCode == null || clusterName != null && clusterCode == null) {
            throw new IllegalArgumentException("a type or cluster name needs its code");
        }
        if (transitionTarget != null && legalForm != LegalForm.INTERNAL_UNIT) {
            throw new IllegalArgumentException("only an internal unit is in transition to a legal entity");
        }
        if (director != null && director.length() > 100) {
            throw new IllegalArgumentException("a director's name has at most 100 characters");
        }
        coBuilders = List.copyOf(coBuilders);
        Set<String> names = new HashSet<>();
        for (CoBuilder c : coBuilders) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("a co-builder is listed twice: " + c.name());
            }
        }
        researchDirections = researchDirections.stream().map(String::strip).filter(d -> !d.isEmpty()).toList();
        if (researchDirections.stream().anyMatch(d -> d.length() > 200)) {
            throw new IllegalArgumentException("a research direction has at most 200 characters");
        }
        institutes = institutes == null ? List.of() : List.copyOf(institutes);
        Set<String> instituteNames = new HashSet<>();
        for (Institute i : institutes) {
            if (!instituteNames.add(i.name())) {
                throw new IllegalArgumentException("an institute is listed twice: " + i.name());
            }
        }
        if (institutes.stream().filter(Institute::headquarters).count() > 1) {
            throw new IllegalArgumentException("a center has one headquarters");
        }
        governance = governance == null ? Governance.NONE : governance;
        publicServices = publicServices == null ? List.of() : List.copyOf(publicServices);
        if (publicServices.stream().map(PublicService::code).distinct().count() != publicServices.size()) {
            throw new IllegalArgumentException("a public service is listed twice");
        }
    }

    /** This profile with other institutes, governance and public services (the rest as it is). */
    public CenterProfileDraft with(List<Institute> newInstitutes, Governance newGovernance,
                                   List<PublicService> newServices) {
        return new CenterProfileDraft(effectiveFrom, typeCode, typeName, leadUnitId, leadUnitName, coBuilders,
                legalForm, transitionTarget, director, researchDirections, clusterCode, clusterName,
                supervisingBodyCode, newInstitutes, newGovernance, newServices);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

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
 */
public record CenterProfileDraft(LocalDate effectiveFrom, @Nullable String typeCode, @Nullable LocalizedText typeName,
                                 long leadUnitId, String leadUnitName, List<CoBuilder> coBuilders,
                                 @Nullable LegalForm legalForm, @Nullable LocalDate transitionTarget,
                                 @Nullable String director, List<String> researchDirections,
                                 @Nullable String clusterCode, @Nullable LocalizedText clusterName,
                                 @Nullable String supervisingBodyCode) {

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
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.ticportal.core.center;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * A recognised center as the staff's register and its page show it.
 *
 * @param id                   its id
 * @param version              its version
 * @param applicationId        the application it was recognised on
 * @param name                 the official name
 * @param typeName             the center type, when the form named one
 * @param leadUnitName         the lead unit
 * @param unitId               the lead unit's id
 * @param coBuilders           the co-builders, joined with 、, when there are any
 * @param clusterName          the industry cluster, when the form named one
 * @param jurisdictionCode     the authority's jurisdiction
 * @param recommendingBodyCode the body the lead unit came through
 * @param recognizedOn         the day of recognition
 * @param decisionNumber       the recognition document number
 * @param status               where it stands
 * @param hasDecision          whether its decision document is stored
 * @param hasCertificate       whether its certificate is stored
 */
public record CenterRow(long id, long version, long applicationId, String name, @Nullable LocalizedText typeName,
                        String leadUnitName, long unitId, @Nullable String coBuilders,
                        @Nullable LocalizedText clusterName, String jurisdictionCode, String recommendingBodyCode,
                        LocalDate recognizedOn, String decisionNumber, CenterStatus status, boolean hasDecision,
                        boolean hasCertificate) {

    static CenterRow of(Center c) {
        return new CenterRow(c.getId(), c.getVersion(), c.getApplicationId(), c.getName(),
                text(c.getTypeNameZh(), c.getTypeNameEn()), c.getLeadUnitName(), c.getUnitId(), c.getCoBuilders(),
                text(c.getClusterNameZh(), c.getClusterNameEn()), c.getJurisdictionCode(), c.getRecommendingBodyCode(),
                c.getRecognizedOn(), c.getDecisionNumber(), c.getStatus(), c.getFiles().decisionStored() != null,
                c.getFiles().certificateStored() != null);
    }

    static @Nullable LocalizedText text(@Nullable String zh, @Nullable String en) {
        return zh == null ? null : new LocalizedText(zh, en == null ? zh : en);
    }
}

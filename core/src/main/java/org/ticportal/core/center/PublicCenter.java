package org.ticportal.core.center;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * A center as the public registry shows it, without login: nothing but what the decision publishes.
 *
 * @param name           the official name
 * @param typeName       the center type
 * @param leadUnitName   the lead unit
 * @param clusterName    the industry cluster
 * @param recognizedOn   the day of recognition
 * @param decisionNumber the recognition document number
 * @param provisional    recognised provisionally (试运行) until an evaluation confirms it
 */
public record PublicCenter(String name, @Nullable LocalizedText typeName, String leadUnitName,
                           @Nullable LocalizedText clusterName, LocalDate recognizedOn, String decisionNumber,
                           boolean provisional) {

    static PublicCenter of(Center c) {
        return new PublicCenter(c.getName(), CenterRow.text(c.getTypeNameZh(), c.getTypeNameEn()),
                c.getLeadUnitName(), CenterRow.text(c.getClusterNameZh(), c.getClusterNameEn()),
                c.getRecognizedOn(), c.getDecisionNumber(), c.getStatus() == CenterStatus.PROVISIONAL);
    }
}

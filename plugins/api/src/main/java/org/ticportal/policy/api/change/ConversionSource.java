package org.ticportal.policy.api.change;

import java.util.List;
import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.evaluation.Indicator;

/**
 * A kind of older platform that may convert into a center (e.g. 市工程技术研究中心).
 *
 * @param code                stable code, e.g. {@code ENGINEERING_CENTER}
 * @param name                the platform kind's name
 * @param simplifiedProcedure the authority may skip the procedure's optional stages for conversions
 * @param scoringSheet        indicators the conversion is scored on, or empty when it is not scored
 * @param article             the article that allows it
 */
public record ConversionSource(String code, LocalizedText name, boolean simplifiedProcedure,
                               List<Indicator> scoringSheet, String article) {

    public ConversionSource {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        scoringSheet = scoringSheet == null ? List.of() : List.copyOf(scoringSheet);
        article = article == null ? "" : article;
    }
}

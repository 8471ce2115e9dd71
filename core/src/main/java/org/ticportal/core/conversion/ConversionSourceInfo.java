package org.ticportal.core.conversion;

import java.util.List;

import org.ticportal.policy.api.LocalizedText;

/**
 * A kind of older platform the jurisdiction's policy lets convert (its {@code ConversionSource}), as screens show it.
 *
 * @param code                its code
 * @param name                its name
 * @param simplifiedProcedure whether the bureau may skip the procedure's optional stages for its conversions
 * @param scored              whether its conversions are scored on a sheet of their own
 * @param rewards             the rewards a converted center is granted, in words
 * @param article             the article that allows it
 */
public record ConversionSourceInfo(String code, LocalizedText name, boolean simplifiedProcedure, boolean scored,
                                   List<LocalizedText> rewards, String article) {
    public ConversionSourceInfo {
        rewards = List.copyOf(rewards);
    }
}

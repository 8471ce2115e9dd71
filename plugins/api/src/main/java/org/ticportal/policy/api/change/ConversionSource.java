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
 * @param rewards             the codes of the policy's {@link Reward}s a center converted from this source is granted
 *                            on its recognition (e.g. Xinzhou art. 16: 享受市级奖励政策参照市工程技术研究中心相关政策规定执行);
 *                            the portal records them for the new center. Since API 0.2.5; empty: none recorded
 */
public record ConversionSource(String code, LocalizedText name, boolean simplifiedProcedure,
                               List<Indicator> scoringSheet, String article, List<String> rewards) {

    public ConversionSource {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        scoringSheet = scoringSheet == null ? List.of() : List.copyOf(scoringSheet);
        article = article == null ? "" : article;
        rewards = rewards == null ? List.of() : List.copyOf(rewards);
        if (rewards.stream().anyMatch(r -> r == null || r.isBlank())) {
            throw new IllegalArgumentException("a conversion source names its rewards by their codes");
        }
    }

    /** A source whose converted centers are granted no reward by the portal (the form of API 0.2.4 and before). */
    public ConversionSource(String code, LocalizedText name, boolean simplifiedProcedure,
                            List<Indicator> scoringSheet, String article) {
        this(code, name, simplifiedProcedure, scoringSheet, article, List.of());
    }

    /** The same source, granting these rewards (codes of the policy's {@link Reward}s) to converted centers. */
    public ConversionSource granting(String... rewardCodes) {
        return new ConversionSource(code, name, simplifiedProcedure, scoringSheet, article, List.of(rewardCodes));
    }
}

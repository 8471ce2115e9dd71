package org.ticportal.policy.api.panel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** How the experts' total scores make the panel's score. */
public enum Aggregation {
    /** The arithmetic mean of all scores (平均分). */
    MEAN,
    /**
     * The mean after dropping one highest and one lowest score (去掉一个最高分和一个最低分); with fewer than three scores
     * nothing is dropped.
     */
    TRIMMED_MEAN;

    /** The panel's score, rounded to two decimals (half up); refused for no scores. */
    public BigDecimal aggregate(List<BigDecimal> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no scores to aggregate");
        }
        List<BigDecimal> used = new ArrayList<>(scores);
        used.sort(null);
        if (this == TRIMMED_MEAN && used.size() >= 3) {
            used = used.subList(1, used.size() - 1);
        }
        BigDecimal sum = used.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(used.size()), 2, RoundingMode.HALF_UP);
    }
}

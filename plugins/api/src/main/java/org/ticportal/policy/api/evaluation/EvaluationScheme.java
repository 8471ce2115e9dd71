package org.ticportal.policy.api.evaluation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.setting.PolicySettings;

/**
 * How centers are evaluated: the cycle, the indicator tree experts score, the grade scale, and the policy's mapping
 * from grade and history to an outcome.
 *
 * @param cycleYears      years between evaluations
 * @param indicators      the top-level indicators; their weights add up to the full score
 * @param grades          the grade scale
 * @param mapping         grade and history to outcome
 * @param mappingSummary  the mapping in words, for people comparing policies (e.g. "合格以上保留；不合格撤销")
 * @param quotaPercent    the most a grade may take of one evaluation batch, in percent, by grade code (e.g.
 *                        {@code EXCELLENT → 20}); grades without a quota are unlimited
 * @param rectifyMonths   default rectification period in months (a setting may override it)
 * @param article         the article that sets evaluation
 */
public record EvaluationScheme(int cycleYears, List<Indicator> indicators, List<Grade> grades, OutcomeMapping mapping,
                               LocalizedText mappingSummary, Map<String, Integer> quotaPercent, int rectifyMonths,
                               String article) {

    /** Grade and history to outcome; the settings carry what the measures leave open. */
    @FunctionalInterface
    public interface OutcomeMapping {
        EvaluationDecision decide(Grade grade, EvaluationHistory history, PolicySettings settings);
    }

    public EvaluationScheme {
        if (cycleYears < 1) {
            throw new IllegalArgumentException("the evaluation cycle is at least one year");
        }
        indicators = List.copyOf(indicators);
        grades = List.copyOf(grades);
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(mappingSummary, "mappingSummary");
        quotaPercent = quotaPercent == null ? Map.of() : Map.copyOf(quotaPercent);
        if (grades.isEmpty()) {
            throw new IllegalArgumentException("an evaluation scheme needs a grade scale");
        }
        for (String code : quotaPercent.keySet()) {
            if (grades.stream().noneMatch(g -> g.code().equals(code))) {
                throw new IllegalArgumentException("quota for unknown grade " + code);
            }
        }
        article = article == null ? "" : article;
    }

    /** The full score: the sum of the top-level weights. */
    public BigDecimal fullScore() {
        return indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The grade a total score earns: the one with the highest minimum not above the score. */
    public Optional<Grade> gradeFor(BigDecimal score) {
        return grades.stream().filter(g -> g.minScore().compareTo(score) <= 0)
                .max(Comparator.comparing(Grade::minScore));
    }

    /** The lowest grade, given when nothing was submitted. */
    public Grade lowestGrade() {
        return grades.stream().min(Comparator.comparing(Grade::minScore)).orElseThrow();
    }

    public EvaluationDecision decide(Grade grade, EvaluationHistory history, PolicySettings settings) {
        return mapping.decide(grade, history, settings);
    }
}

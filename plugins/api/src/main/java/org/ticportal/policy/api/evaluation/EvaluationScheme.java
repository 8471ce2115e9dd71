package org.ticportal.policy.api.evaluation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.panel.Aggregation;
import org.ticportal.policy.api.panel.Avoidance;
import org.ticportal.policy.api.panel.ExpertPanelRules;
import org.ticportal.policy.api.setting.PolicySettings;

/**
 * How centers are evaluated: the cycle, the indicator tree experts score, the grade scale, and the policy's mapping
 * from grade and history to an outcome; since 0.2.5 also how evaluations fall due, the procedure each evaluation goes
 * through, the panel that scores it and whether its result is publicly noticed before it takes effect.
 *
 * <p>Since 0.2.5 a center that does not submit its self-assessment by the deadline is given the
 * {@link #lowestGrade() lowest grade} and a history with {@link EvaluationHistory#submissionMissing()} set; the mapping
 * says what follows (the measures of Xinzhou are silent, its setting decides).
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
 * @param cycleBasis      how evaluations fall due: from each center's recognition or in bureau-wide batches (since
 *                        0.2.5)
 * @param procedure       the steps of one evaluation (since 0.2.5); {@code null} gives
 *                        {@link EvaluationProcedure#standard(String)}
 * @param panel           the expert panel that scores (size, composition seats, aggregation, avoidance; its score sheet
 *                        must be {@code indicators}), or {@code null} for three experts, the mean, avoiding the lead
 *                        unit and its co-builders (since 0.2.5)
 * @param resultNoticeWorkingDays the working days the results are publicly noticed before they take effect, or 0 when
 *                        they take effect when decided (since 0.2.5)
 */
public record EvaluationScheme(int cycleYears, List<Indicator> indicators, List<Grade> grades, OutcomeMapping mapping,
                               LocalizedText mappingSummary, Map<String, Integer> quotaPercent, int rectifyMonths,
                               String article, CycleBasis cycleBasis, EvaluationProcedure procedure,
                               @Nullable ExpertPanelRules panel, int resultNoticeWorkingDays) {

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
        cycleBasis = cycleBasis == null ? CycleBasis.FROM_RECOGNITION : cycleBasis;
        procedure = procedure == null ? EvaluationProcedure.standard(article) : procedure;
        if (rectifyMonths < 0 || resultNoticeWorkingDays < 0) {
            throw new IllegalArgumentException("periods of an evaluation scheme must not be negative");
        }
        if (panel != null && !panel.scoreSheet().equals(indicators)) {
            throw new IllegalArgumentException("the evaluation panel scores the scheme's indicators");
        }
    }

    /**
     * A scheme as before 0.2.5: due every {@code cycleYears} from recognition, the standard procedure, the default
     * panel, no public notice of the results.
     */
    public EvaluationScheme(int cycleYears, List<Indicator> indicators, List<Grade> grades, OutcomeMapping mapping,
                            LocalizedText mappingSummary, Map<String, Integer> quotaPercent, int rectifyMonths,
                            String article) {
        this(cycleYears, indicators, grades, mapping, mappingSummary, quotaPercent, rectifyMonths, article,
                CycleBasis.FROM_RECOGNITION, null, null, 0);
    }

    /** This scheme with evaluations falling due on another basis. @since 0.2.5 */
    public EvaluationScheme withCycleBasis(CycleBasis basis) {
        return new EvaluationScheme(cycleYears, indicators, grades, mapping, mappingSummary, quotaPercent,
                rectifyMonths, article, basis, procedure, panel, resultNoticeWorkingDays);
    }

    /** This scheme with its own evaluation procedure. @since 0.2.5 */
    public EvaluationScheme withProcedure(EvaluationProcedure steps) {
        return new EvaluationScheme(cycleYears, indicators, grades, mapping, mappingSummary, quotaPercent,
                rectifyMonths, article, cycleBasis, steps, panel, resultNoticeWorkingDays);
    }

    /**
     * This scheme with its own scoring panel: size, composition seats (e.g. one finance expert), aggregation and
     * avoidance; the score sheet is the scheme's indicators. @since 0.2.5
     */
    public EvaluationScheme withPanel(int size, List<org.ticportal.policy.api.panel.PanelSeat> composition,
                                      Aggregation aggregation, Set<Avoidance> avoidance,
                                      List<org.ticportal.policy.api.IndustryCluster> expertFields) {
        return new EvaluationScheme(cycleYears, indicators, grades, mapping, mappingSummary, quotaPercent,
                rectifyMonths, article, cycleBasis, procedure, new ExpertPanelRules(size, composition, aggregation,
                avoidance, indicators, expertFields, article, null), resultNoticeWorkingDays);
    }

    /** This scheme with the results publicly noticed for so many working days before they take effect. @since 0.2.5 */
    public EvaluationScheme withResultNotice(int workingDays) {
        return new EvaluationScheme(cycleYears, indicators, grades, mapping, mappingSummary, quotaPercent,
                rectifyMonths, article, cycleBasis, procedure, panel, workingDays);
    }

    /**
     * The panel that scores: the scheme's own, or three experts averaged (mean), avoiding the lead unit and the
     * co-builders, no seats. @since 0.2.5
     */
    public ExpertPanelRules panelRules() {
        return panel != null ? panel : new ExpertPanelRules(3, List.of(), Aggregation.MEAN,
                Set.of(Avoidance.APPLICANT_UNIT, Avoidance.CO_BUILDERS), indicators, List.of(), article, null);
    }

    /** The leaves of the indicator tree, which experts score, in order. @since 0.2.5 */
    public List<Indicator> scoredIndicators() {
        return panelRules().scoredIndicators();
    }

    /** The grade with this code. @since 0.2.5 */
    public Optional<Grade> grade(String code) {
        return grades.stream().filter(g -> g.code().equals(code)).findFirst();
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

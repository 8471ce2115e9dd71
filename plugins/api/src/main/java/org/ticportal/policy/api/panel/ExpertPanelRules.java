package org.ticportal.policy.api.panel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.ticportal.policy.api.IndustryCluster;
import org.ticportal.policy.api.evaluation.Indicator;

/**
 * How a policy's experts argue an application (专家论证): the panel drawn at random from the expert pool, the score
 * sheet each expert fills in, and how the panel's score is made. The panel's head (组长) records the conclusion, which
 * is the transition the policy's {@link org.ticportal.policy.api.procedure.Actor#EXPERT_PANEL} takes.
 *
 * @param size         how many experts a panel has (at least 1)
 * @param composition  seats the panel must fill first (e.g. at least one finance expert); their minimums add up to no
 *                     more than {@code size}
 * @param aggregation  how the experts' totals make the panel's score
 * @param avoidance    whom a draw leaves out
 * @param scoreSheet   the indicators each expert scores (leaves are scored, at most their weight)
 * @param expertFields fields of expertise beyond the policy's industry clusters (e.g. {@code FINANCE} 财务), which
 *                     experts of the pool may declare and seats may ask for
 * @param article      the article that sets the argumentation (e.g. "第九条第（二）项")
 * @param conclusion   the fields of the conclusion form the portal fills in from the panel's result
 */
public record ExpertPanelRules(int size, List<PanelSeat> composition, Aggregation aggregation, Set<Avoidance> avoidance,
                               List<Indicator> scoreSheet, List<IndustryCluster> expertFields, String article,
                               ConclusionFields conclusion) {

    public ExpertPanelRules {
        if (size < 1) {
            throw new IllegalArgumentException("a panel has at least one expert");
        }
        composition = List.copyOf(composition);
        Objects.requireNonNull(aggregation, "aggregation");
        avoidance = Set.copyOf(avoidance);
        scoreSheet = List.copyOf(scoreSheet);
        expertFields = expertFields == null ? List.of() : List.copyOf(expertFields);
        article = article == null ? "" : article;
        conclusion = conclusion == null ? ConclusionFields.NONE : conclusion;
        if (composition.stream().mapToInt(PanelSeat::minimum).sum() > size) {
            throw new IllegalArgumentException("the panel's seats ask for more experts than its size");
        }
        if (scoreSheet.isEmpty()) {
            throw new IllegalArgumentException("a panel needs a score sheet");
        }
    }

    /** The full score of the sheet: the sum of the top-level weights. */
    public BigDecimal fullScore() {
        return scoreSheet.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The leaves of the score sheet, which experts score, in order. */
    public List<Indicator> scoredIndicators() {
        return scoreSheet.stream().flatMap(ExpertPanelRules::leaves).toList();
    }

    private static java.util.stream.Stream<Indicator> leaves(Indicator indicator) {
        return indicator.children().isEmpty() ? java.util.stream.Stream.of(indicator)
                : indicator.children().stream().flatMap(ExpertPanelRules::leaves);
    }

    /** Whether the draw leaves out experts for this reason. */
    public boolean avoids(Avoidance reason) {
        return avoidance.contains(reason);
    }
}
